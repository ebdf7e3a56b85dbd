/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Sparse features of a token for the tagger, as 64-bit hashes.
 *
 * What each token contributes (its word, lower-cased form, shape, affixes,
 * capitalisation, gazetteer matches) is hashed once per token; a feature is
 * then a template number combined with one or two of those hashes, so no
 * string is built in the hot loop. */

#include <string.h>

#include "entities-private.h"

enum {
  SEED_WORD = 1,
  SEED_LOWER,
  SEED_SHAPE,
  SEED_SHORT_SHAPE,
  SEED_PREFIX,
  SEED_SUFFIX = SEED_PREFIX + 4,
  SEED_GAZ = SEED_SUFFIX + 4,
};

/* Feature templates; the numbers are part of the model format. */
enum {
  T_BIAS = 1,
  T_W0,
  T_L0,
  T_LM1,
  T_LM2,
  T_LP1,
  T_LP2,
  T_WM1,
  T_WP1,
  T_PRE,                /* + length - 1 */
  T_SUF = T_PRE + 4,
  T_SH0 = T_SUF + 4,
  T_SSH0,
  T_SSHM1,
  T_SSHP1,
  T_SSH3,
  T_CAPS,
  T_INITIAL_L0,
  T_BI_M1,
  T_BI_P1,
  T_TAG1,
  T_TAG2,
  T_TAG1_L0,
  T_TAG1_SSH0,
  T_GAZ0,
  T_GAZM1,
  T_GAZP1,
  T_GAZ0_CAPS,
  T_HIST,
  T_HIST_CAPS,
  T_HIST_MAJ,
  T_LM1_SSH0,
  T_HEADLINE_L0,
  T_SSH0_SSHP1_LP1,
  T_DOC_CASE,
  T_DOC_CASE_L0,
  T_CAP_RUN,
  T_RUN_FIRST,
  T_RUN_LAST,
  T_CLUSTER,            /* + level */
  T_CLUSTER_M1 = T_CLUSTER + ENT_CLUSTER_LEVELS,
  T_CLUSTER_P1,
  T_CLUSTER_CAPS,
  T_CLUSTER_BI,
};

#define BOUNDARY_BEFORE G_GUINT64_CONSTANT (0x5bd1e9955bd1e995)
#define BOUNDARY_AFTER  G_GUINT64_CONSTANT (0x27d4eb2f165667c5)

/* Copies @text into @buf with curly quotes and apostrophes made straight,
 * as in the CoNLL text the model learnt from ("Ministry’s" gives "’s", which
 * is "'s" there). Returns the length written; the text is used as it is
 * when it does not fit. */
static gsize
straighten_quotes (const char  *text,
                   gsize        len,
                   char        *buf,
                   gsize        size,
                   const char **out)
{
  gsize n = 0;

  if (memchr (text, 0xE2, len) == NULL && memchr (text, 0xCA, len) == NULL)
    {
      *out = text;
      return len;
    }
  for (gsize i = 0; i < len; i++)
    {
      if (n + 1 >= size)
        {
          *out = text;
          return len;
        }
      if (i + 2 < len && (guchar) text[i] == 0xE2 && (guchar) text[i + 1] == 0x80 &&
          ((guchar) text[i + 2] == 0x98 || (guchar) text[i + 2] == 0x99))
        buf[n++] = '\'', i += 2;
      else if (i + 2 < len && (guchar) text[i] == 0xE2 && (guchar) text[i + 1] == 0x80 &&
               ((guchar) text[i + 2] == 0x9C || (guchar) text[i + 2] == 0x9D))
        buf[n++] = '"', i += 2;
      else if (i + 1 < len && (guchar) text[i] == 0xCA && (guchar) text[i + 1] == 0xBC)
        buf[n++] = '\'', i += 1;
      else
        buf[n++] = text[i];
    }
  *out = buf;
  return n;
}

/* Lower-cases @text into @buf with digits folded to '0' (so "1996" and
 * "2017" look alike) and quotes straightened. Returns the length written,
 * truncated to @size. */
static gsize
fold_word (const char *text,
           gsize       len,
           char       *buf,
           gsize       size)
{
  gsize n = 0;
  gboolean ascii = TRUE;
  char straight[128];

  len = straighten_quotes (text, len, straight, sizeof straight, &text);

  for (gsize i = 0; i < len; i++)
    if ((guchar) text[i] >= 0x80)
      {
        ascii = FALSE;
        break;
      }

  if (ascii)
    {
      for (gsize i = 0; i < len && n < size; i++)
        {
          char c = text[i];
          buf[n++] = g_ascii_isdigit (c) ? '0' : g_ascii_tolower (c);
        }
    }
  else
    {
      g_autofree char *down = g_utf8_strdown (text, len);

      for (const char *p = down; *p && n < size; p++)
        buf[n++] = g_ascii_isdigit (*p) ? '0' : *p;
      /* Never cut a character in two. */
      while (n > 0 && n == size && ((guchar) buf[n - 1] & 0xC0) == 0x80)
        n--;
    }
  return n;
}

/**
 * ent_word_key:
 *
 * The hash of a word's folded form: what gazetteer phrases and the
 * document history are keyed by.
 */
guint64
ent_word_key (const char *text,
              gsize       len)
{
  char buf[128];
  gsize n = fold_word (text, len, buf, sizeof buf);

  return ent_hash_bytes (buf, n, SEED_LOWER);
}

static char
shape_char (gunichar u)
{
  if (u < 0x80)
    {
      if (g_ascii_isupper (u))
        return 'X';
      if (g_ascii_islower (u))
        return 'x';
      if (g_ascii_isdigit (u))
        return 'd';
      return (char) u;
    }
  if (g_unichar_isupper (u) || g_unichar_istitle (u))
    return 'X';
  if (g_unichar_isalpha (u))
    return 'x';
  if (g_unichar_isdigit (u))
    return 'd';
  if (u < 0x80)
    return (char) u;
  return g_unichar_ispunct (u) ? 'p' : 'o';
}

static void
compute_word (const EntWord *w,
              EntTokenInfo  *info)
{
  char lower[128], shape[32], short_shape[32];
  gsize n_lower, n_shape = 0, n_short = 0, n_chars = 0;
  guint n_upper = 0, n_alpha = 0, run = 0;
  gboolean first_upper = FALSE;
  const char *p, *end = w->text + w->len;
  char last = 0;

  {
    char straight[128];
    const char *form;
    gsize n_form = straighten_quotes (w->text, w->len, straight, sizeof straight, &form);

    info->word = ent_hash_bytes (form, n_form, SEED_WORD);
  }
  n_lower = fold_word (w->text, w->len, lower, sizeof lower);
  info->lower = ent_hash_bytes (lower, n_lower, SEED_LOWER);

  for (p = w->text; p < end; p = g_utf8_next_char (p))
    {
      gunichar u = (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);
      char c = shape_char (u);

      if (c == 'X' || c == 'x')
        {
          n_alpha++;
          if (c == 'X')
            {
              n_upper++;
              if (n_chars == 0)
                first_upper = TRUE;
            }
        }
      run = c == last ? run + 1 : 1;
      if (run <= 4 && n_shape < sizeof shape)
        shape[n_shape++] = c;
      if (run == 1 && n_short < sizeof short_shape)
        short_shape[n_short++] = c;
      last = c;
      n_chars++;
    }
  info->shape = ent_hash_bytes (shape, n_shape, SEED_SHAPE);
  info->short_shape = ent_hash_bytes (short_shape, n_short, SEED_SHORT_SHAPE);

  if (n_alpha == 0)
    info->caps = ENT_CAPS_NONE;
  else if (n_upper == 0)
    info->caps = ENT_CAPS_LOWER;
  else if (first_upper && n_upper == 1)
    info->caps = ENT_CAPS_INITIAL;
  else if (n_upper == n_alpha)
    info->caps = ENT_CAPS_ALL;
  else
    info->caps = ENT_CAPS_MIXED;
  info->is_word = n_alpha > 0;

  /* Affixes of the folded form, by characters. */
  {
    const char *lend = lower + n_lower;
    const char *q = lower;

    /* Only the prefixes of 3 and 4 and the suffixes of 2 to 4 characters
     * are features. */
    for (int k = 0; k < 4; k++)
      {
        if (q < lend)
          q = g_utf8_next_char (q);
        info->prefix[k] = k >= 2 ? ent_hash_bytes (lower, q - lower, SEED_PREFIX + k) : 0;
      }
    q = lend;
    for (int k = 0; k < 4; k++)
      {
        if (q > lower)
          q = g_utf8_find_prev_char (lower, q);
        if (q == NULL)
          q = lower;
        info->suffix[k] = k >= 1 ? ent_hash_bytes (q, lend - q, SEED_SUFFIX + k) : 0;
      }
  }
}

static gboolean
is_opening_punct (const EntWord *w)
{
  return (w->len == 1 && (w->text[0] == '"' || w->text[0] == '(' || w->text[0] == '\'' ||
                          w->text[0] == '-' || w->text[0] == '[')) ||
         (w->len == 3 && (memcmp (w->text, "\xe2\x80\x9c", 3) == 0 ||
                          memcmp (w->text, "\xe2\x80\x98", 3) == 0));
}

/* Fills in how each word is written elsewhere in the document: a
 * capitalised word also seen in lower case is probably not a name, a
 * headline word seen capitalised in running text probably is. */
static void
compute_doc_case (const EntWord *words,
                  guint          n_words,
                  EntTokenInfo  *info)
{
  guint32 n_slots = 64, mask;
  g_autofree guint64 *keys = NULL;
  g_autofree guint8 *seen = NULL;

  while (n_slots < 2 * n_words)
    n_slots *= 2;
  mask = n_slots - 1;
  keys = g_new0 (guint64, n_slots);
  seen = g_new0 (guint8, n_slots);

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n_words; i++)
      {
        guint64 key = info[i].lower | 1;
        guint32 j = (guint32) key & mask;
        guint8 bit = 0;

        if (!info[i].is_word)
          continue;
        while (keys[j] != 0 && keys[j] != key)
          j = (j + 1) & mask;
        if (pass == 1)
          {
            info[i].doc_case = keys[j] ? seen[j] : 0;
            continue;
          }
        keys[j] = key;
        if (info[i].caps == ENT_CAPS_LOWER)
          bit = ENT_DOC_LOWER;
        else if (!info[i].initial && !info[i].headline && info[i].caps == ENT_CAPS_INITIAL)
          bit = ENT_DOC_CAPPED;
        else if (!info[i].headline && info[i].caps == ENT_CAPS_ALL)
          bit = ENT_DOC_ALL_CAPS;
        seen[j] |= bit;
      }
}

/* Computes the per-token facts of @words, a document or a part of one.
 * Sentences begin at tokens flagged SENTENCE_START. */
void
ent_token_info_compute (const EntWord     *words,
                        guint              n_words,
                        const EntGazTable *gaz,
                        const EntGazTable *clusters,
                        EntTokenInfo      *info)
{
  guint s = 0;

  for (guint i = 0; i < n_words; i++)
    {
      compute_word (&words[i], &info[i]);
      info[i].cluster = clusters && clusters->n_slots ?
        ent_gaz_table_lookup (clusters, info[i].lower | 1) : 0;
      info[i].gaz = 0;
      info[i].headline = 0;
      info[i].initial = FALSE;
    }

  while (s < n_words)
    {
      guint e = s + 1, n_alpha = 0, n_caps = 0;

      while (e < n_words && !(words[e].flags & WINNOW_TOKEN_FLAG_SENTENCE_START))
        e++;

      for (guint i = s; i < e; i++)
        {
          if (info[i].is_word)
            {
              n_alpha++;
              if (info[i].caps == ENT_CAPS_ALL)
                n_caps++;
            }
          if (i == s || (words[i].flags & WINNOW_TOKEN_FLAG_LINE_START) ||
              (i > s && info[i - 1].initial && is_opening_punct (&words[i - 1])))
            info[i].initial = TRUE;
        }
      if (n_alpha >= 3 && n_caps * 5 >= n_alpha * 4)
        for (guint i = s; i < e; i++)
          info[i].headline = 1;

      if (gaz != NULL && gaz->n_slots > 0)
        for (guint i = s; i < e; i++)
          {
            guint64 key = SEED_GAZ;

            if (!info[i].is_word)
              continue;
            for (guint len = 1; len <= ENT_GAZ_MAX_WORDS && i + len <= e; len++)
              {
                guint32 bits;

                key = ent_combine (key, info[i + len - 1].lower);
                bits = ent_gaz_table_lookup (gaz, key);
                for (guint list = 0; bits != 0; list++, bits >>= 1)
                  {
                    if (!(bits & 1))
                      continue;
                    if (len == 1)
                      info[i].gaz |= 1u << (list * 4 + ENT_POS_U);
                    else
                      {
                        info[i].gaz |= 1u << (list * 4 + ENT_POS_B);
                        for (guint k = i + 1; k + 1 < i + len; k++)
                          info[k].gaz |= 1u << (list * 4 + ENT_POS_I);
                        info[i + len - 1].gaz |= 1u << (list * 4 + ENT_POS_L);
                      }
                  }
              }
          }
      /* Runs of capitalised words: "Ministry of National Defense" is one
       * run of four with a lower-case "of" inside. */
      for (guint i = s; i < e;)
        {
          guint j = i, len;

          if (info[i].caps == ENT_CAPS_LOWER || info[i].caps == ENT_CAPS_NONE)
            {
              info[i].run_first = info[i].run_last = 0;
              info[i++].cap_run = 0;
              continue;
            }
          while (j + 1 < e && (info[j + 1].caps == ENT_CAPS_INITIAL || info[j + 1].caps == ENT_CAPS_ALL ||
                               info[j + 1].caps == ENT_CAPS_MIXED))
            j++;
          len = MIN (j - i + 1, 4);
          for (guint k = i; k <= j; k++)
            {
              info[k].cap_run = (len << 2) | (k == i ? 0 : k == j ? 2 : 1) | (i == j ? 3 : 0);
              info[k].run_first = i < j ? info[i].lower : 0;
              info[k].run_last = i < j ? info[j].lower : 0;
            }
          i = j + 1;
        }
      s = e;
    }
  compute_doc_case (words, n_words, info);
}

/* The key of a gazetteer phrase given the folded keys of its words. */
guint64
ent_gaz_phrase_key (const guint64 *word_keys,
                    guint          n_words)
{
  guint64 key = SEED_GAZ;

  for (guint i = 0; i < n_words; i++)
    key = ent_combine (key, word_keys[i]);
  return key;
}

#define F1(t, a)    (ent_combine ((t), (a)))
#define F2(t, a, b) (ent_combine (ent_combine ((t), (a)), (b)))

/* Writes the features of word @i of the sentence [@sent_start, @sent_end)
 * that do not depend on the tags decided before it into @features.
 * Returns how many were written. */
guint
ent_features_static (const EntTokenInfo *info,
                     guint               i,
                     guint               sent_start,
                     guint               sent_end,
                     guint64            *features)
{
  const EntTokenInfo *t = &info[i];
  guint n = 0;
  guint64 lm1 = i > sent_start ? info[i - 1].lower : BOUNDARY_BEFORE;
  guint64 lm2 = i > sent_start + 1 ? info[i - 2].lower : BOUNDARY_BEFORE;
  guint64 lp1 = i + 1 < sent_end ? info[i + 1].lower : BOUNDARY_AFTER;
  guint64 lp2 = i + 2 < sent_end ? info[i + 2].lower : BOUNDARY_AFTER;
  guint64 wm1 = i > sent_start ? info[i - 1].word : BOUNDARY_BEFORE;
  guint64 wp1 = i + 1 < sent_end ? info[i + 1].word : BOUNDARY_AFTER;
  guint64 sm1 = i > sent_start ? info[i - 1].short_shape : BOUNDARY_BEFORE;
  guint64 sp1 = i + 1 < sent_end ? info[i + 1].short_shape : BOUNDARY_AFTER;
  guint64 caps = t->caps | (t->initial << 3) | (t->headline << 4);

  features[n++] = F1 (T_BIAS, 0);
  features[n++] = F1 (T_W0, t->word);
  features[n++] = F1 (T_L0, t->lower);
  features[n++] = F1 (T_LM1, lm1);
  features[n++] = F1 (T_LM2, lm2);
  features[n++] = F1 (T_LP1, lp1);
  features[n++] = F1 (T_LP2, lp2);
  features[n++] = F1 (T_WM1, wm1);
  features[n++] = F1 (T_WP1, wp1);
  for (int k = 2; k < 4; k++)
    features[n++] = F1 (T_PRE + k, t->prefix[k]);
  for (int k = 1; k < 4; k++)
    features[n++] = F1 (T_SUF + k, t->suffix[k]);
  features[n++] = F1 (T_SH0, t->shape);
  features[n++] = F1 (T_SSH0, t->short_shape);
  features[n++] = F1 (T_SSHM1, sm1);
  features[n++] = F1 (T_SSHP1, sp1);
  features[n++] = F2 (T_SSH3, ent_combine (sm1, t->short_shape), sp1);
  features[n++] = F1 (T_CAPS, caps);
  if (t->initial)
    features[n++] = F1 (T_INITIAL_L0, t->lower);
  if (t->headline)
    features[n++] = F1 (T_HEADLINE_L0, t->lower);
  features[n++] = F2 (T_BI_M1, lm1, t->lower);
  features[n++] = F2 (T_BI_P1, t->lower, lp1);
  features[n++] = F2 (T_LM1_SSH0, lm1, t->short_shape);
  features[n++] = F2 (T_SSH0_SSHP1_LP1, t->short_shape, lp1);
  if (t->is_word && t->caps != ENT_CAPS_LOWER)
    {
      features[n++] = F2 (T_DOC_CASE, t->doc_case, caps);
      features[n++] = F2 (T_DOC_CASE_L0, t->doc_case, t->lower);
      features[n++] = F1 (T_CAP_RUN, t->cap_run);
      /* "... Council", "... Ministry", "... Corp": the head of a name. */
      if (t->run_last != 0)
        {
          features[n++] = F1 (T_RUN_LAST, t->run_last);
          features[n++] = F1 (T_RUN_FIRST, t->run_first);
        }
    }
  if (t->cluster)
    {
      for (int k = 0; k < ENT_CLUSTER_LEVELS; k++)
        features[n++] = F1 (T_CLUSTER + k, (t->cluster >> (10 * k)) & 1023);
      features[n++] = F2 (T_CLUSTER_CAPS, (t->cluster >> 10) & 1023, caps);
    }
  {
    guint64 cm1 = i > sent_start ? info[i - 1].cluster : 1u << 30;
    guint64 cp1 = i + 1 < sent_end ? info[i + 1].cluster : 1u << 30;

    features[n++] = F1 (T_CLUSTER_M1, (cm1 >> 10) & 0x1fffff);
    features[n++] = F1 (T_CLUSTER_P1, (cp1 >> 10) & 0x1fffff);
    features[n++] = F2 (T_CLUSTER_BI, (cm1 >> 10) & 0x1fffff, (t->cluster >> 10) & 0x1fffff);
  }

  for (guint32 bits = t->gaz, b = 0; bits != 0; bits >>= 1, b++)
    if (bits & 1)
      {
        features[n++] = F1 (T_GAZ0, b);
        features[n++] = F2 (T_GAZ0_CAPS, b, caps);
      }
  if (i > sent_start)
    for (guint32 bits = info[i - 1].gaz, b = 0; bits != 0; bits >>= 1, b++)
      if (bits & 1)
        features[n++] = F1 (T_GAZM1, b);
  if (i + 1 < sent_end)
    for (guint32 bits = info[i + 1].gaz, b = 0; bits != 0; bits >>= 1, b++)
      if (bits & 1)
        features[n++] = F1 (T_GAZP1, b);

  g_assert (n <= ENT_MAX_FEATURES);
  return n;
}

/* Writes the features of word @i that depend on the tags decided before
 * it (@tags) and on the document's history of labels. */
guint
ent_features_dynamic (const EntTokenInfo *info,
                      guint               i,
                      guint               sent_start,
                      const int          *tags,
                      const EntHistory   *history,
                      guint64            *features)
{
  const EntTokenInfo *t = &info[i];
  guint n = 0;
  guint64 tag1 = i > sent_start ? (guint64) tags[i - 1] : 100;
  guint64 tag2 = i > sent_start + 1 ? (guint64) tags[i - 2] : 100;
  guint64 caps = t->caps | (t->initial << 3) | (t->headline << 4);
  guint16 counts[ENT_N_CLASSES + 1];

  features[n++] = F1 (T_TAG1, tag1);
  features[n++] = F2 (T_TAG2, tag2, tag1);
  features[n++] = F2 (T_TAG1_L0, tag1, t->lower);
  features[n++] = F2 (T_TAG1_SSH0, tag1, t->short_shape);

  if (history != NULL && t->caps != ENT_CAPS_LOWER && t->is_word &&
      ent_history_get (history, t->lower, counts))
    {
      guint total = 0, best = 0;

      for (int c = 0; c <= ENT_N_CLASSES; c++)
        {
          total += counts[c];
          if (counts[c] > counts[best])
            best = c;
        }
      for (int c = 0; c <= ENT_N_CLASSES; c++)
        if (counts[c] > 0)
          {
            features[n++] = F1 (T_HIST, c);
            features[n++] = F2 (T_HIST_CAPS, c, caps);
          }
      if (counts[best] * 2 > total)
        features[n++] = F2 (T_HIST_MAJ, best, t->initial);
    }

  return n;
}

/* All the features of word @i of the sentence [@sent_start, @sent_end)
 * into @features (room for ENT_MAX_FEATURES); @tags holds the tags decided
 * so far (those before @i). Returns how many were written. */
guint
ent_features_extract (const EntTokenInfo *info,
                      guint               n_words,
                      guint               i,
                      guint               sent_start,
                      guint               sent_end,
                      const int          *tags,
                      const EntHistory   *history,
                      guint64            *features)
{
  guint n = ent_features_static (info, i, sent_start, sent_end, features);

  n += ent_features_dynamic (info, i, sent_start, tags, history, features + n);
  g_assert (n <= ENT_MAX_FEATURES);
  return n;
}
