/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "winnow-reader-private.h"
#include "winnow-data.h"

/* The plain-text reader. Scraped pages put one page element per line, so by
 * default every non-empty line is a block; text hard-wrapped at a fixed
 * width (mail, Gutenberg, man pages) is joined into paragraphs instead. */

typedef struct {
  gsize start;
  gsize end;      /* trimmed */
  glong chars;
} Line;

static GArray *
split_lines (const char *text,
             gsize       length)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));
  gsize pos = 0;

  while (pos <= length)
    {
      const char *nl = memchr (text + pos, '\n', length - pos);
      gsize line_end = nl ? (gsize) (nl - text) : length;
      Line line = { pos, line_end, 0 };

      while (line.start < line.end && g_ascii_isspace (text[line.start]))
        line.start++;
      while (line.end > line.start && g_ascii_isspace (text[line.end - 1]))
        line.end--;
      line.chars = g_utf8_strlen (text + line.start, line.end - line.start);
      g_array_append_val (lines, line);
      if (nl == NULL)
        break;
      pos = line_end + 1;
    }
  return lines;
}

static gboolean
ends_sentence (const char *text,
               const Line *line)
{
  char last;

  if (line->end == line->start)
    return TRUE;
  last = text[line->end - 1];
  return last == '.' || last == '!' || last == '?' || last == ':' ||
         last == '"' || (guchar) last >= 0x80;
}

static int
compare_glong (gconstpointer a,
               gconstpointer b)
{
  glong x = *(const glong *) a, y = *(const glong *) b;
  return (x > y) - (x < y);
}

/* Hard-wrapped prose: most lines inside paragraphs run close to one width
 * and break mid-sentence. Lines of a scraped page vary freely in length. */
static gboolean
looks_hard_wrapped (const char *text,
                    GArray     *lines)
{
  g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (glong));
  guint followed = 0, near_width = 0, mid_sentence = 0;
  glong width;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      if (line->chars > 0)
        g_array_append_val (widths, line->chars);
    }
  if (widths->len < 6)
    return FALSE;
  g_array_sort (widths, compare_glong);
  width = g_array_index (widths, glong, (widths->len * 9) / 10);
  if (width < 30 || width > 120)
    return FALSE;

  for (guint i = 0; i + 1 < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      const Line *next = &g_array_index (lines, Line, i + 1);

      if (line->chars == 0 || next->chars == 0)
        continue;
      followed++;
      if (line->chars * 10 >= width * 7 && line->chars <= width)
        near_width++;
      if (!ends_sentence (text, line))
        mid_sentence++;
    }
  return followed >= 4 && near_width * 10 >= followed * 7 && mid_sentence * 2 >= followed;
}

WinnowDocument *
_winnow_text_read (char           *utf8,
                   gsize           length,
                   WinnowTextMode  mode)
{
  g_autoptr(GArray) lines = NULL;
  GPtrArray *blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) winnow_block_unref);
  WinnowDocument *document;
  const char *lang;

  /* Line ends: \r\n and lone \r become \n (in place: never longer). */
  {
    gsize w = 0;
    for (gsize r = 0; r < length; r++)
      {
        if (utf8[r] == '\r')
          {
            utf8[w++] = '\n';
            if (r + 1 < length && utf8[r + 1] == '\n')
              r++;
          }
        else
          utf8[w++] = utf8[r];
      }
    length = w;
    utf8[length] = '\0';
  }

  lines = split_lines (utf8, length);
  if (mode == WINNOW_TEXT_MODE_AUTO)
    mode = looks_hard_wrapped (utf8, lines) ? WINNOW_TEXT_MODE_PARAGRAPHS
                                            : WINNOW_TEXT_MODE_LINES;

  if (mode == WINNOW_TEXT_MODE_LINES)
    {
      for (guint i = 0; i < lines->len; i++)
        {
          const Line *line = &g_array_index (lines, Line, i);
          if (line->end > line->start)
            g_ptr_array_add (blocks, winnow_block_new (WINNOW_BLOCK_KIND_LINE,
                                                       line->start, line->end));
        }
      document = _winnow_document_new ("text/plain", utf8, length);
    }
  else
    {
      /* Paragraph mode rebuilds the source text: the lines of a paragraph
       * joined by one space, paragraphs separated by a blank line. */
      GString *text = g_string_sized_new (length + 1);
      gsize para_start = 0;
      gboolean in_para = FALSE;

      for (guint i = 0; i <= lines->len; i++)
        {
          const Line *line = i < lines->len ? &g_array_index (lines, Line, i) : NULL;

          if (line == NULL || line->end == line->start)
            {
              if (in_para)
                {
                  g_ptr_array_add (blocks, winnow_block_new (WINNOW_BLOCK_KIND_PARAGRAPH,
                                                             para_start, text->len));
                  in_para = FALSE;
                }
              continue;
            }
          if (!in_para)
            {
              if (text->len > 0)
                g_string_append (text, "\n\n");
              para_start = text->len;
              in_para = TRUE;
            }
          else
            {
              /* A word hyphenated across the break is joined again. */
              if (text->len > para_start && text->str[text->len - 1] == '-' &&
                  text->len >= 2 && g_ascii_isalpha (text->str[text->len - 2]) &&
                  g_ascii_islower (utf8[line->start]))
                g_string_truncate (text, text->len - 1);
              else
                g_string_append_c (text, ' ');
            }
          g_string_append_len (text, utf8 + line->start, line->end - line->start);
        }
      g_free (utf8);
      length = text->len;
      document = _winnow_document_new ("text/plain", g_string_free (text, FALSE), length);
    }

  _winnow_document_take_blocks (document, blocks);
  lang = winnow_guess_language (winnow_document_get_text (document, NULL), -1);
  if (lang)
    winnow_document_set_metadata (document, WINNOW_META_LANGUAGE, g_variant_new_string (lang));
  return document;
}
