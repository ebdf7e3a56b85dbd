/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "winnow-mojibake-private.h"

/* Mojibake: UTF-8 that someone read as Latin-1 or Windows-1252 and
 * encoded as UTF-8 again, so that "é" (C3 A9) became "Ã©" and "’"
 * (E2 80 99) became "â€™" or "â" followed by two C1 controls. Each
 * original byte became one character; undoing it maps each character back
 * to its byte. A UTF-8 lead byte (C2-F4) always comes back as one of
 * U+00C2-U+00F4, whose own UTF-8 starts with C3, which is what the scan
 * looks for. */

/* Windows-1252's characters for the bytes 0x80-0x9F (0 where it has none:
 * those bytes read as the C1 control of the same number). */
static const gunichar cp1252_high[32] = {
  0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
  0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

typedef enum {
  BYTE_LATIN1,  /* U+00A0-U+00FF: the byte of the same number */
  BYTE_C1,      /* U+0080-U+009F: a control no text uses */
  BYTE_CP1252,  /* a Windows-1252 letter or sign for 0x80-0x9F */
} ByteSource;

/* The byte that the character at @p stands for in Latin-1 or
 * Windows-1252; returns the character's length in bytes, 0 if it stands
 * for no byte of 0x80 or above. */
static gsize
single_byte_at (const char *p,
                const char *end,
                guchar     *byte,
                ByteSource *source)
{
  gunichar c;
  gsize length;

  if (p >= end || (guchar) *p < 0xC2)
    return 0;
  length = g_utf8_skip[(guchar) *p];
  if ((gsize) (end - p) < length)
    return 0;
  c = g_utf8_get_char (p);
  if (c >= 0x80 && c <= 0xFF)
    {
      *byte = (guchar) c;
      *source = c < 0xA0 ? BYTE_C1 : BYTE_LATIN1;
      return length;
    }
  for (guint i = 0; i < G_N_ELEMENTS (cp1252_high); i++)
    if (cp1252_high[i] == c)
      {
        *byte = (guchar) (0x80 + i);
        *source = BYTE_CP1252;
        return length;
      }
  return 0;
}

/* Undoes one double-encoded character at @p (which starts with C3):
 * writes the original UTF-8 to @out and returns how many bytes of @p it
 * replaces, or 0. @unmistakable tells whether no real text would read so:
 * a C1 control inside, "â" followed by Windows-1252 punctuation (the
 * "â€™" family), or "Â"/"Ã" followed by a Latin-1 sign ("Â°", "Ã©").
 * A non-breaking space is no proof: French puts one before "»". */
static gsize
undo_at (const char *p,
         const char *end,
         char        out[4],
         gsize      *out_length,
         gboolean   *unmistakable)
{
  const char *q = p;
  guchar lead;
  ByteSource source;
  gsize step, need;
  gboolean c1 = FALSE, cp1252 = FALSE, sign = FALSE;

  step = single_byte_at (q, end, &lead, &source);
  if (step == 0 || lead < 0xC2 || lead > 0xF4)
    return 0;
  need = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
  out[0] = (char) lead;
  q += step;
  for (gsize i = 1; i <= need; i++)
    {
      guchar byte;

      step = single_byte_at (q, end, &byte, &source);
      if (step == 0 || byte > 0xBF)
        return 0;
      out[i] = (char) byte;
      c1 |= source == BYTE_C1;
      cp1252 |= source == BYTE_CP1252;
      sign |= source == BYTE_LATIN1 && byte != 0xA0;
      q += step;
    }
  if (!g_utf8_validate_len (out, need + 1, NULL))
    return 0;
  *out_length = need + 1;
  *unmistakable = c1 || (lead == 0xE2 && cp1252) || (lead <= 0xC3 && (sign || cp1252));
  return q - p;
}

/* Whether @utf8 is double-encoded: at least three unmistakable
 * characters, or one or two and no other character beyond ASCII. A page
 * about mojibake that quotes "Ã¤" beside a real "ä" is left alone. */
static gboolean
is_double_encoded (const char *utf8,
                   gsize       length)
{
  const char *p = utf8, *end = utf8 + length;
  gsize unmistakable = 0, chars_in_undone = 0, non_ascii = 0;

  while ((p = memchr (p, 0xC3, end - p)) != NULL)
    {
      char original[4];
      gsize original_length, replaced;
      gboolean sure;

      replaced = undo_at (p, end, original, &original_length, &sure);
      if (replaced == 0)
        {
          p++;
          continue;
        }
      if (sure && ++unmistakable >= 3)
        return TRUE;
      chars_in_undone += original_length;  /* one source character per byte */
      p += replaced;
    }
  if (unmistakable == 0)
    return FALSE;
  for (p = utf8; p < end; p++)
    if (((guchar) *p & 0xC0) == 0xC0)
      non_ascii++;
  return non_ascii == chars_in_undone;
}

static char *
undo_all (const char *utf8,
          gsize       length,
          gsize      *out_length)
{
  GString *out = g_string_sized_new (length);
  const char *p = utf8, *end = utf8 + length, *hit;

  while ((hit = memchr (p, 0xC3, end - p)) != NULL)
    {
      char original[4];
      gsize original_length, replaced;
      gboolean sure;

      g_string_append_len (out, p, hit - p);
      replaced = undo_at (hit, end, original, &original_length, &sure);
      if (replaced == 0)
        {
          g_string_append_c (out, *hit);
          p = hit + 1;
          continue;
        }
      g_string_append_len (out, original, original_length);
      p = hit + replaced;
    }
  g_string_append_len (out, p, end - p);
  *out_length = out->len;
  return g_string_free (out, FALSE);
}

/* Text encoded twice over is undone once per layer it shows, up to three
 * ("Ã©" is one layer, "ÃƒÂ©" two). Returns %NULL when @utf8 shows
 * none, so the common case costs a scan for C3 bytes and no copy. */
char *
_winnow_mojibake_undo (const char *utf8,
                       gsize       length,
                       gsize      *out_length)
{
  char *text = NULL;

  for (guint layer = 0; layer < 3; layer++)
    {
      const char *in = text ? text : utf8;
      gsize in_length = text ? *out_length : length;
      char *undone;

      if (!is_double_encoded (in, in_length))
        break;
      undone = undo_all (in, in_length, out_length);
      g_free (text);
      text = undone;
    }
  return text;
}
