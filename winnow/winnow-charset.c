/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "winnow-charset-private.h"
#include "winnow-reader.h"

/* Replaces every invalid UTF-8 sequence by U+FFFD and drops NUL bytes, so
 * nothing downstream ever sees bad text. */
char *
_winnow_utf8_repair (const char *data,
                     gsize       length,
                     gsize      *out_length)
{
  GString *out = g_string_sized_new (length + 1);
  const char *p = data, *end = data + length;

  while (p < end)
    {
      const char *bad;

      if (g_utf8_validate (p, end - p, &bad))
        {
          g_string_append_len (out, p, end - p);
          break;
        }
      g_string_append_len (out, p, bad - p);
      if (*bad == '\0')
        p = bad + 1;
      else
        {
          /* Skip the longest prefix that cannot start a valid character. */
          g_string_append (out, "\xEF\xBF\xBD");
          p = bad + 1;
          while (p < end && ((guchar) *p & 0xC0) == 0x80)
            p++;
        }
    }
  if (out_length)
    *out_length = out->len;
  return g_string_free (out, FALSE);
}

static const char *
skip_spaces (const char *p, const char *end)
{
  while (p < end && g_ascii_isspace (*p))
    p++;
  return p;
}

/* Reads a charset name at @p, as in `charset=utf-8` or `charset="utf-8"`. */
static char *
read_charset_value (const char *p, const char *end)
{
  const char *start;

  p = skip_spaces (p, end);
  if (p < end && (*p == '"' || *p == '\''))
    p++;
  start = p;
  while (p < end && (g_ascii_isalnum (*p) || *p == '-' || *p == '_' || *p == ':' || *p == '.'))
    p++;
  if (p == start)
    return NULL;
  return g_ascii_strdown (start, p - start);
}

/* The charset an HTML page declares in its first 4 KiB (a BOM, `<meta
 * charset>` or `http-equiv` content), as the HTML spec's prescan does. */
char *
_winnow_sniff_html_charset (const char *data,
                            gsize       length)
{
  gsize scan = MIN (length, 4096);
  const char *end = data + scan;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    return g_strdup ("utf-8");
  if (length >= 2 && memcmp (data, "\xFF\xFE", 2) == 0)
    return g_strdup ("utf-16le");
  if (length >= 2 && memcmp (data, "\xFE\xFF", 2) == 0)
    return g_strdup ("utf-16be");

  for (const char *p = data; p + 5 < end; p++)
    {
      const char *q;

      if (*p != '<' || g_ascii_strncasecmp (p + 1, "meta", 4) != 0)
        continue;
      for (q = p + 5; q < end && *q != '>'; q++)
        {
          if (g_ascii_strncasecmp (q, "charset", 7) == 0)
            {
              const char *v = skip_spaces (q + 7, end);
              if (v < end && *v == '=')
                {
                  char *charset = read_charset_value (v + 1, end);
                  if (charset)
                    return charset;
                }
            }
        }
    }
  return NULL;
}

gboolean
_winnow_looks_like_html (const char *data,
                         gsize       length)
{
  gsize scan = MIN (length, 2048);
  static const char *markers[] = {
    "<!doctype html", "<html", "<head", "<body", "<meta", "<title",
    "<div", "<p>", "<p ", "<script", "<article", "<br", "<table", "<a href",
  };

  for (gsize i = 0; i < scan; i++)
    {
      if (data[i] != '<')
        continue;
      for (guint m = 0; m < G_N_ELEMENTS (markers); m++)
        if (g_ascii_strncasecmp (data + i, markers[m], strlen (markers[m])) == 0 &&
            strlen (markers[m]) <= scan - i)
          return TRUE;
    }
  return FALSE;
}

static gboolean
is_single_byte_latin (const char *charset)
{
  static const char *latin[] = {
    "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii",
    "windows-1252", "cp1252", "iso-8859-15", "iso-8859-2", "windows-1250",
    "windows-1251", "koi8-r", "iso-8859-9", "windows-1254",
  };
  for (guint i = 0; i < G_N_ELEMENTS (latin); i++)
    if (g_ascii_strcasecmp (charset, latin[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Counts valid multi-byte characters and invalid bytes. */
static void
scan_utf8 (const char *data,
           gsize       length,
           gsize      *n_multibyte,
           gsize      *n_invalid)
{
  const char *p = data, *end = data + length;

  *n_multibyte = *n_invalid = 0;
  while (p < end)
    {
      const char *bad;

      if (g_utf8_validate (p, end - p, &bad))
        bad = end;
      for (const char *q = p; q < bad; q++)
        if (((guchar) *q & 0xC0) == 0xC0)
          (*n_multibyte)++;
      if (bad >= end)
        break;
      if (*bad != '\0')
        (*n_invalid)++;
      p = bad + 1;
    }
}

static char *
convert_to_utf8 (const char  *data,
                 gsize        length,
                 const char  *charset,
                 gsize       *out_length,
                 GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GIConv conv;
  char *out;
  gsize bytes_read = 0;

  /* Browsers read latin-1 labels as windows-1252; so do we. */
  if (g_ascii_strcasecmp (charset, "iso-8859-1") == 0 ||
      g_ascii_strcasecmp (charset, "latin1") == 0 ||
      g_ascii_strcasecmp (charset, "us-ascii") == 0 ||
      g_ascii_strcasecmp (charset, "ascii") == 0)
    charset = "WINDOWS-1252";

  conv = g_iconv_open ("UTF-8", charset);
  if (conv == (GIConv) -1)
    {
      g_set_error (error, WINNOW_READER_ERROR, WINNOW_READER_ERROR_UNKNOWN_CHARSET,
                   "Unknown character set “%s”", charset);
      return NULL;
    }
  g_iconv_close (conv);

  /* The fallback keeps undecodable bytes visible instead of failing. */
  out = g_convert_with_fallback (data, length, "UTF-8", charset, "\xEF\xBF\xBD",
                                 &bytes_read, out_length, &local_error);
  if (out == NULL)
    {
      g_set_error (error, WINNOW_READER_ERROR, WINNOW_READER_ERROR_UNKNOWN_CHARSET,
                   "Cannot decode the input as %s: %s", charset, local_error->message);
      return NULL;
    }
  /* A converter may pass on bytes it should not; never hand them on. */
  if (!g_utf8_validate (out, *out_length, NULL) || memchr (out, '\0', *out_length))
    {
      char *repaired = _winnow_utf8_repair (out, *out_length, out_length);
      g_free (out);
      out = repaired;
    }
  return out;
}

/* Decodes @data to valid UTF-8. The caller's charset wins; otherwise the
 * BOM or <meta> declaration; otherwise UTF-8, falling back to windows-1252
 * when the bytes are not UTF-8. A declared single-byte charset that the
 * bytes belie (valid UTF-8 with multi-byte characters) is taken for the
 * lie it is. */
char *
_winnow_decode_to_utf8 (const char  *data,
                        gsize        length,
                        const char  *charset,
                        gboolean     charset_from_caller,
                        gboolean     is_html,
                        gsize       *out_length,
                        GError     **error)
{
  g_autofree char *sniffed = NULL;
  gsize n_multibyte, n_invalid;

  if (charset == NULL && is_html)
    charset = sniffed = _winnow_sniff_html_charset (data, length);

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
      if (!charset_from_caller)
        charset = "utf-8";
    }

  if (charset != NULL && g_ascii_strcasecmp (charset, "utf-8") != 0 &&
      g_ascii_strcasecmp (charset, "utf8") != 0)
    {
      GError *conv_error = NULL;
      char *out;

      if (is_single_byte_latin (charset) && !charset_from_caller)
        {
          scan_utf8 (data, length, &n_multibyte, &n_invalid);
          if (n_invalid == 0 && n_multibyte > 0)
            return _winnow_utf8_repair (data, length, out_length);
        }
      out = convert_to_utf8 (data, length, charset, out_length, &conv_error);
      if (out != NULL)
        return out;
      if (charset_from_caller)
        {
          g_propagate_error (error, conv_error);
          return NULL;
        }
      /* A page declaring a charset nobody knows: detect instead. */
      g_clear_error (&conv_error);
    }

  /* UTF-8 the caller vouches for is repaired, never reinterpreted. */
  if (charset != NULL && charset_from_caller)
    return _winnow_utf8_repair (data, length, out_length);

  /* The common case, valid UTF-8 without NULs: one pass, one copy. */
  if (g_utf8_validate_len (data, length, NULL))
    {
      *out_length = length;
      return g_strndup (data, length);
    }

  scan_utf8 (data, length, &n_multibyte, &n_invalid);
  /* A stray bad byte in a UTF-8 page is repaired; a page mostly made of
   * bytes that are not UTF-8 is the legacy encoding of the web. */
  if (n_invalid > 0 && n_invalid * 10 >= n_multibyte + 1)
    return convert_to_utf8 (data, length, "WINDOWS-1252", out_length, error);
  return _winnow_utf8_repair (data, length, out_length);
}

/* g_utf8_validate_len() (NUL bytes invalid too), eight bytes of ASCII at a
 * time: this reads every byte of every page, and pages are mostly markup
 * and scripts. Valid UTF-8 is ASCII bytes and multi-byte sequences made
 * only of bytes >= 0x80, so each run of such bytes is validated alone. */
static gboolean
utf8_valid (const char *data,
            gsize       length)
{
  const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080);
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  gsize i = 0;

  while (i < length)
    {
      gsize run;

      if (length - i >= 8)
        {
          guint64 word;

          memcpy (&word, data + i, 8);
          /* no byte >= 0x80, and no NUL byte */
          if ((word & high) == 0 && ((word - ones) & ~word & high) == 0)
            {
              i += 8;
              continue;
            }
        }
      if (data[i] == '\0')
        return FALSE;
      if ((guchar) data[i] < 0x80)
        {
          i++;
          continue;
        }
      for (run = i; run < length && (guchar) data[run] >= 0x80; run++)
        ;
      if (!g_utf8_validate_len (data + i, run - i, NULL))
        return FALSE;
      i = run;
    }
  return TRUE;
}

/* Whether an HTML page can be parsed as it is, without a decoded copy:
 * valid UTF-8 whose declaration says UTF-8, nothing, or a single-byte
 * charset that the valid UTF-8 belies. @bom_length tells how many bytes
 * of byte-order mark to skip. */
gboolean
_winnow_html_is_plain_utf8 (const char *data,
                            gsize       length,
                            const char *caller_charset,
                            gsize      *bom_length)
{
  g_autofree char *declared = NULL;

  *bom_length = (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
  if (caller_charset && g_ascii_strcasecmp (caller_charset, "utf-8") != 0 &&
      g_ascii_strcasecmp (caller_charset, "utf8") != 0)
    return FALSE;
  if (!utf8_valid (data + *bom_length, length - *bom_length))
    return FALSE;
  if (caller_charset || *bom_length)
    return TRUE;
  declared = _winnow_sniff_html_charset (data, length);
  return declared == NULL || g_ascii_strcasecmp (declared, "utf-8") == 0 ||
         g_ascii_strcasecmp (declared, "utf8") == 0 || is_single_byte_latin (declared);
}
