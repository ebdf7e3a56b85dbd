/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* What the lines around a line of flattened text say about it: whether its
 * words come back in the text below (a headline's do, in the article it
 * heads; a form's "Oops! Something went wrong" does not), and how often the
 * line itself is printed before and after it. */

#include "bp-title-private.h"

#include <string.h>

/* Words shorter than this say little about the topic. */
#define MIN_WORD_CHARS 3

struct _BpLineContext {
  const BpPage *page;
  GHashTable   *ids;          /* content word → its id + 1 */
  GPtrArray    *occurrences;  /* per id: GArray of the blocks holding the word, ascending */
  guint        *first_word;   /* n_blocks + 1 offsets into words */
  GArray       *words;        /* the ids of each block's content words, block by block */
  guint        *copies_before; /* per block: earlier blocks with its text */
  guint        *copies;        /* per block: blocks with its text, itself included */
};

/* A word worth matching: long enough and in no stop-word list of the page's
 * language (of any language when the language is unknown). */
static gboolean
is_content_word (const BpStopwords *stopwords,
                 int                language,
                 const char        *word)
{
  guint64 mask;

  if (g_utf8_strlen (word, -1) < MIN_WORD_CHARS)
    return FALSE;
  if (stopwords == NULL)
    return TRUE;
  mask = bp_stopwords_lookup (stopwords, word);
  return language < 0 ? mask == 0 : (mask & (G_GUINT64_CONSTANT (1) << language)) == 0;
}

/* Records @word (lower-cased, NUL-terminated; copied if new) in @block. */
static void
add_word (BpLineContext *self,
          guint          block,
          const char    *word)
{
  guint id = GPOINTER_TO_UINT (g_hash_table_lookup (self->ids, word));
  GArray *where;

  if (id == 0)
    {
      id = self->occurrences->len + 1;
      g_hash_table_insert (self->ids, g_strdup (word), GUINT_TO_POINTER (id));
      g_ptr_array_add (self->occurrences, g_array_new (FALSE, FALSE, sizeof (guint32)));
    }
  id--;
  g_array_append_val (self->words, id);
  where = self->occurrences->pdata[id];
  if (where->len == 0 || g_array_index (where, guint32, where->len - 1) != block)
    {
      guint32 b = block;

      g_array_append_val (where, b);
    }
}

/* The lower-cased runs of letters and digits of @text. */
static void
index_block (BpLineContext     *self,
             const BpStopwords *stopwords,
             guint              block,
             const char        *text,
             gsize              length)
{
  const char *end = text + length;
  const char *p = text;

  while (p < end)
    {
      const char *start = p;
      gboolean ascii = TRUE;
      gunichar c;

      /* most words are ASCII: those skip the Unicode tables */
      while (p < end && g_ascii_isalnum (*p))
        p++;
      if (p == start || (p < end && (guchar) *p >= 0x80))
        {
          p = start;
          while (p < end)
            {
              c = g_utf8_get_char_validated (p, end - p);
              if (c == (gunichar) -1 || c == (gunichar) -2 || !g_unichar_isalnum (c))
                break;
              ascii = ascii && c < 0x80;
              p = g_utf8_next_char (p);
            }
        }
      if (p == start)
        {
          c = g_utf8_get_char_validated (p, end - p);
          p = c == (gunichar) -1 || c == (gunichar) -2 ? p + 1 : g_utf8_next_char (p);
          continue;
        }
      if (ascii && p - start < 64)
        {
          char word[64];

          for (gsize i = 0; i < (gsize) (p - start); i++)
            word[i] = g_ascii_tolower (start[i]);
          word[p - start] = '\0';
          if (is_content_word (stopwords, self->page->language, word))
            add_word (self, block, word);
        }
      else
        {
          g_autofree char *word = g_utf8_strdown (start, p - start);

          if (is_content_word (stopwords, self->page->language, word))
            add_word (self, block, word);
        }
    }
}

/* The same text: the same hash of the collapsed, lower-cased text and
 * the same length. */
static guint
text_key (const BpTextStats *t)
{
  return t->hash ^ (t->bytes * 2654435761u);
}

static void
count_copies (BpLineContext *self)
{
  const BpPage *page = self->page;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autofree guint *first = g_new (guint, page->n_blocks);

  self->copies_before = g_new (guint, page->n_blocks);
  self->copies = g_new0 (guint, page->n_blocks);
  /* each block's count goes to the first block with its text */
  for (guint i = 0; i < page->n_blocks; i++)
    {
      gpointer key = GUINT_TO_POINTER (text_key (&page->info[i].text));
      gpointer value;

      if (g_hash_table_lookup_extended (seen, key, NULL, &value))
        first[i] = GPOINTER_TO_UINT (value);
      else
        {
          first[i] = i;
          g_hash_table_insert (seen, key, GUINT_TO_POINTER (i));
        }
      self->copies_before[i] = self->copies[first[i]]++;
    }
  for (guint i = 0; i < page->n_blocks; i++)
    self->copies[i] = self->copies[first[i]];
}

BpLineContext *
bp_line_context_new (WinnowDocument    *document,
                     const BpPage      *page,
                     const BpStopwords *stopwords)
{
  BpLineContext *self = g_new0 (BpLineContext, 1);
  GPtrArray *blocks = winnow_document_get_blocks (document);
  const char *text = winnow_document_get_text (document, NULL);

  self->page = page;
  self->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->occurrences = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->first_word = g_new (guint, page->n_blocks + 1);
  self->words = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < page->n_blocks; i++)
    {
      WinnowBlock *block = g_ptr_array_index (blocks, i);
      gsize start = winnow_block_get_start (block);

      self->first_word[i] = self->words->len;
      index_block (self, stopwords, i, text + start, winnow_block_get_end (block) - start);
    }
  self->first_word[page->n_blocks] = self->words->len;
  count_copies (self);
  return self;
}

void
bp_line_context_free (BpLineContext *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->ids);
  g_ptr_array_unref (self->occurrences);
  g_free (self->first_word);
  g_array_unref (self->words);
  g_free (self->copies_before);
  g_free (self->copies);
  g_free (self);
}

/* Whether one of the blocks holding a word lies in [first, last] and has
 * at least @min_words words. */
static gboolean
occurs_in (const BpLineContext *self,
           const GArray        *where,
           guint                first,
           guint                last,
           guint                min_words)
{
  for (guint k = bp_lower_bound ((const guint32 *) (gpointer) where->data, where->len, first);
       k < where->len; k++)
    {
      guint block = g_array_index (where, guint32, k);

      if (block > last)
        break;
      if (self->page->info[block].text.words >= min_words)
        return TRUE;
    }
  return FALSE;
}

double
bp_line_context_overlap (const BpLineContext *self,
                         guint                index,
                         int                  first,
                         int                  last,
                         guint                min_words)
{
  guint from = self->first_word[index], to = self->first_word[index + 1];
  guint found = 0;

  first = MAX (first, 0);
  last = MIN (last, (int) self->page->n_blocks - 1);
  if (to == from || first > last)
    return 0.0;
  for (guint k = from; k < to; k++)
    {
      const GArray *where = self->occurrences->pdata[g_array_index (self->words, guint, k)];

      if (occurs_in (self, where, first, last, min_words))
        found++;
    }
  return (double) found / (to - from);
}

void
bp_line_context_copies (const BpLineContext *self,
                        guint                index,
                        guint               *before,
                        guint               *after)
{
  *before = self->copies_before[index];
  *after = self->copies[index] - self->copies_before[index] - 1;
}
