/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The notice a page shows to browsers without scripts ("You need to enable
 * JavaScript to run this app.", "This slideshow requires JavaScript.",
 * "Bitte aktivieren Sie JavaScript"). The reader reads <noscript> when a
 * page shows almost nothing else, for the sites that serve their text to
 * crawlers there; what it reads then may be only this notice, which is
 * never content. trafilatura drops <noscript> for the same reason.
 *
 * A notice is short and puts "JavaScript" next to a word for switching it
 * on or needing it. Text about JavaScript ("JavaScript functions", "modern
 * JavaScript features that plugins will disable") has no such word that
 * close. */

#include "bp-private.h"

#include <string.h>

#define NOTICE_MAX_WORDS 30
#define NOTICE_WINDOW    3

/* beginnings of words, lower-case ASCII: enable, disabled, activate,
 * aktivieren, désactivé, habilitar, attivare, abilitare, ativar,
 * inschakelen, requires, turn (on / off), allow */
static const char * const switch_stems[] = {
  "enabl", "disabl", "activ", "aktivier", "deaktivier", "desactiv", "d\xc3\xa9" "sactiv",
  "habilit", "deshabilit", "attiv", "abilit", "ativ", "inschakel", "requir",
  "turn", "allow",
};

static gboolean
is_word_byte (guchar c)
{
  return g_ascii_isalnum (c) || c >= 0x80;
}

static gboolean
is_switch_word (const char *word,
                gsize       length)
{
  for (guint i = 0; i < G_N_ELEMENTS (switch_stems); i++)
    {
      gsize n = strlen (switch_stems[i]);

      if (length >= n && g_ascii_strncasecmp (word, switch_stems[i], n) == 0)
        return TRUE;
    }
  return FALSE;
}

gboolean
bp_is_script_notice (const char *text,
                     gsize       length)
{
  const char *end = text + length;
  const char *p = text;
  guint n_words = 0;
  int last_switch = -NOTICE_WINDOW - 1, last_script = -NOTICE_WINDOW - 1;
  gboolean near = FALSE;

  while (p < end)
    {
      const char *word;

      while (p < end && !is_word_byte ((guchar) *p))
        p++;
      if (p >= end)
        break;
      word = p;
      while (p < end && is_word_byte ((guchar) *p))
        p++;
      if (++n_words > NOTICE_MAX_WORDS)
        return FALSE;
      if (p - word == 10 && g_ascii_strncasecmp (word, "javascript", 10) == 0)
        last_script = n_words;
      else if (is_switch_word (word, p - word))
        last_switch = n_words;
      else
        continue;
      if (ABS (last_script - last_switch) <= NOTICE_WINDOW)
        near = TRUE;
    }
  return near;
}
