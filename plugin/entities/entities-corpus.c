/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Training data: documents of words with gold BILOU tags, read from CoNLL
 * files ("word POS chunk NER" per line, a blank line between sentences,
 * -DOCSTART- between documents, IOB1 or IOB2 tags). */

#include <string.h>

#include "entities-private.h"

static EntTrainDoc *
train_doc_new (void)
{
  EntTrainDoc *doc = g_new0 (EntTrainDoc, 1);

  doc->words = g_array_new (FALSE, FALSE, sizeof (EntWord));
  doc->tags = g_array_new (FALSE, FALSE, sizeof (int));
  doc->strings = g_string_chunk_new (4096);
  return doc;
}

static void
train_doc_free (gpointer data)
{
  EntTrainDoc *doc = data;

  g_array_unref (doc->words);
  g_array_unref (doc->tags);
  g_string_chunk_free (doc->strings);
  g_free (doc);
}

EntCorpus *
ent_corpus_new (void)
{
  EntCorpus *corpus = g_new0 (EntCorpus, 1);

  corpus->docs = g_ptr_array_new_with_free_func (train_doc_free);
  return corpus;
}

void
ent_corpus_free (EntCorpus *corpus)
{
  if (corpus == NULL)
    return;
  g_ptr_array_unref (corpus->docs);
  g_free (corpus);
}

guint
ent_corpus_n_words (EntCorpus *corpus)
{
  guint n = 0;

  for (guint i = 0; i < corpus->docs->len; i++)
    n += ((EntTrainDoc *) corpus->docs->pdata[i])->words->len;
  return n;
}

/* The class of an IOB tag ("I-PER", "B-ORG", "U-LOC", "O"), -1 for O;
 * @begins is set for a tag that forces a new mention. */
static int
parse_iob (const char *tag,
           gboolean   *begins)
{
  *begins = FALSE;
  if (tag == NULL || tag[0] == 'O' || strlen (tag) < 3 || tag[1] != '-')
    return -1;
  *begins = tag[0] == 'B' || tag[0] == 'U' || tag[0] == 'S';
  return ent_class_from_name (tag + 2);
}

/* Appends a sentence with IOB (IOB1, IOB2 or BILOU) tags, converted to
 * BILOU; starts a new document first when @new_document or none exists.
 * The word flags are set by ent_corpus_finish(). */
void
ent_corpus_add_sentence (EntCorpus          *corpus,
                         gboolean            new_document,
                         const char * const *words,
                         const char * const *iob_tags,
                         guint               n_words)
{
  EntTrainDoc *doc;
  g_autofree int *cls = g_new (int, n_words + 1);
  g_autofree gboolean *begins = g_new (gboolean, n_words + 1);

  if (n_words == 0)
    return;
  if (new_document || corpus->docs->len == 0)
    g_ptr_array_add (corpus->docs, train_doc_new ());
  doc = corpus->docs->pdata[corpus->docs->len - 1];

  for (guint i = 0; i < n_words; i++)
    cls[i] = parse_iob (iob_tags[i], &begins[i]);
  cls[n_words] = -1;
  begins[n_words] = FALSE;

  for (guint i = 0; i < n_words; i++)
    {
      EntWord w;
      int tag = ENT_TAG_O;

      w.text = g_string_chunk_insert (doc->strings, words[i]);
      w.len = strlen (words[i]);
      w.flags = 0;
      if (cls[i] >= 0)
        {
          gboolean starts = i == 0 || cls[i - 1] != cls[i] || begins[i];
          gboolean ends = cls[i + 1] != cls[i] || begins[i + 1];

          tag = ENT_TAG (cls[i], starts ? (ends ? ENT_POS_U : ENT_POS_B)
                                        : (ends ? ENT_POS_L : ENT_POS_I));
        }
      g_array_append_val (doc->words, w);
      g_array_append_val (doc->tags, tag);
    }
  /* Mark the sentence so ent_corpus_finish() knows where lines begin. */
  g_array_index (doc->words, EntWord, doc->words->len - n_words).flags = WINNOW_TOKEN_FLAG_LINE_START;
}

/* Sets the word flags as the filter would see them when the documents are
 * written one sentence per line, words separated by spaces (how the
 * benchmark feeds CoNLL text to the filter): sentence starts come from
 * the tokenizer, so features at training and tagging time agree. */
void
ent_corpus_finish (EntCorpus *corpus)
{
  for (guint d = 0; d < corpus->docs->len; d++)
    {
      EntTrainDoc *doc = corpus->docs->pdata[d];
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree guint32 *offsets = g_new (guint32, doc->words->len + 1);
      g_autoptr(GArray) tokens = NULL;
      guint t = 0;

      for (guint i = 0; i < doc->words->len; i++)
        {
          EntWord *w = &g_array_index (doc->words, EntWord, i);

          if (i > 0)
            g_string_append_c (text, (w->flags & WINNOW_TOKEN_FLAG_LINE_START) ? '\n' : ' ');
          offsets[i] = text->len;
          g_string_append_len (text, w->text, w->len);
        }
      offsets[doc->words->len] = text->len + 1;

      tokens = winnow_tokenize (text->str, text->len);
      for (guint i = 0; i < doc->words->len; i++)
        {
          EntWord *w = &g_array_index (doc->words, EntWord, i);

          while (t < tokens->len && g_array_index (tokens, WinnowToken, t).start < offsets[i])
            t++;
          w->flags = 0;
          if (t < tokens->len && g_array_index (tokens, WinnowToken, t).start < offsets[i + 1])
            w->flags = g_array_index (tokens, WinnowToken, t).flags;
          if (i == 0)
            w->flags |= WINNOW_TOKEN_FLAG_SENTENCE_START;
        }
    }
}

/* Reads a CoNLL file; the NER tag is the last column. */
EntCorpus *
ent_corpus_read_conll (const char  *path,
                       GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(EntCorpus) corpus = ent_corpus_new ();
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();
  gboolean new_document = TRUE;
  gsize length;
  char *line, *next;
  guint line_no = 0;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  for (line = contents; line <= contents + length; line = next)
    {
      char *eol = line < contents + length ? memchr (line, '\n', contents + length - line) : NULL;
      char *last_space;

      line_no++;
      if (eol == NULL)
        eol = contents + length;
      next = eol + 1;
      *eol = '\0';
      g_strchomp (line);

      if (*line == '\0' || g_str_has_prefix (line, "-DOCSTART-"))
        {
          ent_corpus_add_sentence (corpus, new_document, (const char * const *) words->pdata,
                                   (const char * const *) tags->pdata, words->len);
          if (words->len > 0)
            new_document = FALSE;
          g_ptr_array_set_size (words, 0);
          g_ptr_array_set_size (tags, 0);
          if (*line != '\0')
            new_document = TRUE;
          continue;
        }
      last_space = strrchr (line, ' ');
      if (last_space == NULL)
        last_space = strrchr (line, '\t');
      if (last_space == NULL)
        {
          g_set_error (error, ENT_MODEL_ERROR, ENT_MODEL_ERROR_INPUT,
                       "%s:%u: expected “word ... tag”", path, line_no);
          return NULL;
        }
      *last_space = '\0';
      if (strchr (line, ' '))
        *strchr (line, ' ') = '\0';
      if (strchr (line, '\t'))
        *strchr (line, '\t') = '\0';
      if (!g_utf8_validate (line, -1, NULL))
        {
          g_set_error (error, ENT_MODEL_ERROR, ENT_MODEL_ERROR_INPUT,
                       "%s:%u: not UTF-8", path, line_no);
          return NULL;
        }
      g_ptr_array_add (words, line);
      g_ptr_array_add (tags, last_space + 1);
    }
  ent_corpus_finish (corpus);
  return g_steal_pointer (&corpus);
}
