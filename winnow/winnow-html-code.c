/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Dropping the code of a page before it is parsed.
 *
 * Half the bytes of a typical web page are the bodies of <script> and
 * <style> elements, and libxml2's HTML parser reads them a character at a
 * time into text nodes nothing downstream reads. Cutting them out first
 * saves about a sixth of the parse. The elements themselves stay, with
 * their attributes; data islands (a script whose type names JSON, such as
 * JSON-LD) keep their text.
 *
 * The scan follows libxml2's HTML tokenizer closely enough to find the same
 * elements: comments, doctypes and processing instructions are skipped,
 * quoted attribute values may hold '<' and '>', and a script or style body
 * ends at the first "</script" or "</style" in any case. Where anything is
 * unclear (a tag or body that never ends) the rest of the page is kept as
 * it was. */

#include "config.h"

#include "winnow-html-code-private.h"

#include <string.h>

static gboolean
is_ascii_alpha (char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* The first @needle (lowercase ASCII) in [@p, @end), ignoring case. */
static const char *
find_caseless (const char *p,
               const char *end,
               const char *needle)
{
  gsize n = strlen (needle);

  while ((gsize) (end - p) >= n)
    {
      const char *lt = memchr (p, needle[0], (gsize) (end - p) - n + 1);

      if (lt == NULL)
        return NULL;
      if (g_ascii_strncasecmp (lt, needle, n) == 0)
        return lt;
      p = lt + 1;
    }
  return NULL;
}

/* A start tag from the '<' at @p: its end (just past '>'), or NULL when it
 * never closes. @type gets the span of its type attribute's value;
 * @self_closing whether it ends in "/>", which libxml2 takes as the end of
 * the element too (a "<script src=…/>" has no body). */
static const char *
scan_start_tag (const char  *p,
                const char  *end,
                const char **type,
                gsize       *type_length,
                gboolean    *self_closing)
{
  *type = NULL;
  *type_length = 0;
  *self_closing = FALSE;
  p++;
  while (p < end && *p != '>' && !is_space (*p) && *p != '/')
    p++;
  while (p < end)
    {
      const char *name, *name_end;

      while (p < end && (is_space (*p) || *p == '/'))
        {
          if (*p == '/' && p + 1 < end && p[1] == '>')
            {
              *self_closing = TRUE;
              return p + 2;
            }
          p++;
        }
      if (p >= end)
        return NULL;
      if (*p == '>')
        return p + 1;
      name = p;
      while (p < end && *p != '>' && *p != '=' && !is_space (*p) && *p != '/')
        p++;
      name_end = p;
      while (p < end && is_space (*p))
        p++;
      if (p >= end || *p != '=')
        continue;
      p++;
      while (p < end && is_space (*p))
        p++;
      if (p >= end)
        return NULL;
      if (*p == '"' || *p == '\'')
        {
          const char *close = memchr (p + 1, *p, (gsize) (end - p - 1));
          gboolean is_type = name_end - name == 4 && g_ascii_strncasecmp (name, "type", 4) == 0;

          if (close == NULL)
            return NULL;
          if (is_type)
            {
              *type = p + 1;
              *type_length = (gsize) (close - p - 1);
            }
          p = close + 1;
        }
      else
        {
          const char *value = p;

          while (p < end && *p != '>' && !is_space (*p))
            p++;
          if (name_end - name == 4 && g_ascii_strncasecmp (name, "type", 4) == 0)
            {
              *type = value;
              *type_length = (gsize) (p - value);
            }
        }
    }
  return NULL;
}

static gboolean
names_json (const char *type,
            gsize       length)
{
  for (gsize i = 0; i + 4 <= length; i++)
    if (g_ascii_strncasecmp (type + i, "json", 4) == 0)
      return TRUE;
  return FALSE;
}

/* Whether the tag at @p (just past '<') is @name followed by the end of a
 * tag name. */
static gboolean
tag_is (const char *p,
        const char *end,
        const char *name)
{
  gsize n = strlen (name);

  return (gsize) (end - p) > n && g_ascii_strncasecmp (p, name, n) == 0
         && (is_space (p[n]) || p[n] == '>' || p[n] == '/');
}

char *
_winnow_html_drop_code (const char *html,
                        gsize       length,
                        gsize      *out_length)
{
  const char *p = html, *end = html + length, *copied = html;
  GString *out = NULL;

  while (p < end)
    {
      const char *lt = memchr (p, '<', (gsize) (end - p));
      const char *after, *type, *body_end;
      const char *closer;
      gsize type_length;
      gboolean self_closing;

      if (lt == NULL || lt + 1 >= end)
        break;
      p = lt + 1;
      if (end - lt >= 4 && memcmp (lt, "<!--", 4) == 0)
        {
          const char *close = find_caseless (lt + 4, end, "-->");

          if (close == NULL)
            break;
          p = close + 3;
          continue;
        }
      if (*p == '!' || *p == '?' || *p == '/')
        {
          const char *close = memchr (p, '>', (gsize) (end - p));

          if (close == NULL)
            break;
          p = close + 1;
          continue;
        }
      if (!is_ascii_alpha (*p))
        continue;

      if (tag_is (p, end, "script"))
        closer = "</script";
      else if (tag_is (p, end, "style"))
        closer = "</style";
      else
        closer = NULL;

      after = scan_start_tag (lt, end, &type, &type_length, &self_closing);
      if (after == NULL)
        break;
      p = after;
      if (closer == NULL || self_closing)
        continue;

      body_end = find_caseless (after, end, closer);
      if (body_end == NULL)
        break;
      p = body_end;
      if (body_end == after || (closer[2] == 's' && closer[3] == 'c' && type != NULL
                                && names_json (type, type_length)))
        continue;

      if (out == NULL)
        out = g_string_sized_new (length);
      g_string_append_len (out, copied, after - copied);
      copied = body_end;
    }

  if (out == NULL)
    return NULL;
  g_string_append_len (out, copied, end - copied);
  *out_length = out->len;
  return g_string_free (out, FALSE);
}
