/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The entity benchmark driver: feeds each document of a CoNLL file to the
 * entities filter as text (tokens joined by spaces, a sentence per line),
 * maps the spans back to the gold tokens and prints conlleval-style
 * precision, recall and F1 per class (exact span and class), the time of
 * the filter on one thread (tokenizing + features + decoding + rules), the
 * model's load time and the peak memory. With --export it also writes the
 * documents as JSON lines for the compromise peer.
 *
 *   bench-entities [--model FILE] [--export FILE] [--repeat N] eng.testa */

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include <winnow/winnow.h>
#include <json-glib/json-glib.h>

#include "entities-private.h"

static int
span_class (const char *label)
{
  return ent_class_from_name (label);
}

/* The text of a document as the harness feeds it, with each word's
 * byte offset. */
static char *
document_text (EntTrainDoc *doc,
               guint32     *offsets)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < doc->words->len; i++)
    {
      EntWord *w = &g_array_index (doc->words, EntWord, i);

      if (i > 0)
        g_string_append_c (text, (w->flags & WINNOW_TOKEN_FLAG_LINE_START) ? '\n' : ' ');
      offsets[i] = text->len;
      g_string_append_len (text, w->text, w->len);
    }
  offsets[doc->words->len] = text->len;
  return g_string_free (text, FALSE);
}

/* BILOU tags of the words covered by the document's entity spans. */
static void
spans_to_tags (WinnowDocument *wdoc,
               const guint32  *offsets,
               guint           n_words,
               int            *tags)
{
  GPtrArray *spans = winnow_document_get_spans (wdoc);

  memset (tags, 0, n_words * sizeof *tags);
  for (guint s = 0; s < spans->len; s++)
    {
      WinnowSpan *span = spans->pdata[s];
      int cls = span_class (winnow_span_get_label (span));
      gsize start = winnow_span_get_start (span), end = winnow_span_get_end (span);
      guint first = G_MAXUINT, last = 0;

      if (cls < 0)
        continue;
      for (guint i = 0; i < n_words; i++)
        {
          gsize ws = offsets[i], we = ws + (offsets[i + 1] - offsets[i]);

          /* The word's own end: up to the separator that follows it. */
          if (i + 1 < n_words)
            we = offsets[i + 1] - 1;
          if (ws < end && we > start)
            {
              first = MIN (first, i);
              last = MAX (last, i);
            }
        }
      if (first == G_MAXUINT)
        continue;
      for (guint i = first; i <= last; i++)
        tags[i] = ENT_TAG (cls, first == last ? ENT_POS_U : i == first ? ENT_POS_B
                                 : i == last ? ENT_POS_L : ENT_POS_I);
    }
}

static void
export_document (FILE        *out,
                 EntTrainDoc *doc)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *line = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "words");
  json_builder_begin_array (b);
  for (guint i = 0; i < doc->words->len; i++)
    {
      EntWord *w = &g_array_index (doc->words, EntWord, i);
      g_autofree char *s = g_strndup (w->text, w->len);
      json_builder_add_string_value (b, s);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "line_start");
  json_builder_begin_array (b);
  for (guint i = 0; i < doc->words->len; i++)
    json_builder_add_boolean_value (b, (g_array_index (doc->words, EntWord, i).flags &
                                        WINNOW_TOKEN_FLAG_LINE_START) != 0);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "tags");
  json_builder_begin_array (b);
  for (guint i = 0; i < doc->tags->len; i++)
    {
      int t = g_array_index (doc->tags, int, i);
      static const char pos[] = "BILU";
      g_autofree char *s = t == ENT_TAG_O ? g_strdup ("O")
        : g_strdup_printf ("%c-%s", pos[ENT_TAG_POS (t)], ent_class_name (ENT_TAG_CLASS (t)));
      json_builder_add_string_value (b, s);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  line = json_generator_to_data (gen, NULL);
  fprintf (out, "%s\n", line);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("CONLL-FILE");
  g_autoptr(GError) error = NULL;
  g_autoptr(EntCorpus) corpus = NULL;
  g_autoptr(WinnowFilter) filter = NULL;
  g_autofree char *model = NULL;
  g_autofree char *export_path = NULL;
  g_autofree char *dump_path = NULL;
  FILE *dump = NULL;
  int repeat = 3;
  GOptionEntry entries[] = {
    { "model", 'm', 0, G_OPTION_ARG_FILENAME, &model, "Entity model (default: the filter's)", "FILE" },
    { "export", 'e', 0, G_OPTION_ARG_FILENAME, &export_path, "Write the documents as JSON lines", "FILE" },
    { "dump", 'd', 0, G_OPTION_ARG_FILENAME, &dump_path, "Write word, gold and found tags, CoNLL style", "FILE" },
    { "repeat", 'r', 0, G_OPTION_ARG_INT, &repeat, "Timed passes over the data (default 3, best kept)", "N" },
    { NULL }
  };
  EntEval eval = { { 0, } }, eval3 = { { 0, } };
  double best_seconds = G_MAXDOUBLE, load_ms, read_seconds = 0;
  guint n_words;
  gint64 t0;
  struct rusage usage;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("%s\n", error ? error->message : "Usage: bench-entities [OPTION...] CONLL-FILE");
      return 2;
    }

  corpus = ent_corpus_read_conll (argv[1], &error);
  if (corpus == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  n_words = ent_corpus_n_words (corpus);

  filter = winnow_registry_create_filter (winnow_registry_get_default (), "entities", &error);
  if (filter == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (model)
    g_object_set (filter, "model", model, NULL);
  t0 = g_get_monotonic_time ();
  if (!winnow_filter_prepare (filter, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  load_ms = (g_get_monotonic_time () - t0) / 1000.0;

  if (export_path)
    {
      FILE *out = fopen (export_path, "w");

      if (out == NULL)
        {
          g_printerr ("Cannot write %s\n", export_path);
          return 1;
        }
      for (guint d = 0; d < corpus->docs->len; d++)
        export_document (out, corpus->docs->pdata[d]);
      fclose (out);
    }

  if (dump_path && (dump = fopen (dump_path, "w")) == NULL)
    {
      g_printerr ("Cannot write %s\n", dump_path);
      return 1;
    }
  for (int pass = 0; pass < MAX (repeat, 1); pass++)
    {
      double seconds = 0;

      read_seconds = 0;
      for (guint d = 0; d < corpus->docs->len; d++)
        {
          EntTrainDoc *doc = corpus->docs->pdata[d];
          g_autofree guint32 *offsets = g_new (guint32, doc->words->len + 1);
          g_autofree char *text = document_text (doc, offsets);
          g_autofree int *tags = g_new (int, doc->words->len);
          g_autoptr(WinnowDocument) wdoc = NULL;
          gint64 t1 = g_get_monotonic_time (), t2;

          wdoc = winnow_document_new_from_text (text, -1, &error);
          if (wdoc == NULL)
            {
              g_printerr ("%s\n", error->message);
              return 1;
            }
          /* The harness knows the language; the stop-word guess is not
           * what is measured here. */
          winnow_document_set_metadata (wdoc, WINNOW_META_LANGUAGE, g_variant_new_string ("en"));
          t2 = g_get_monotonic_time ();
          read_seconds += (t2 - t1) / 1e6;
          if (!winnow_filter_process (filter, wdoc, NULL, &error))
            {
              g_printerr ("%s\n", error->message);
              return 1;
            }
          seconds += (g_get_monotonic_time () - t2) / 1e6;

          if (pass == 0)
            {
              g_autofree int *gold3 = g_memdup2 (doc->tags->data, doc->words->len * sizeof (int));

              spans_to_tags (wdoc, offsets, doc->words->len, tags);
              for (guint i = 0; dump && i < doc->words->len; i++)
                {
                  static const char pos[] = "BILU";
                  int g = g_array_index (doc->tags, int, i), p = tags[i];
                  EntWord *w = &g_array_index (doc->words, EntWord, i);

                  fprintf (dump, "%s%.*s %c-%s %c-%s\n",
                           i > 0 && (w->flags & WINNOW_TOKEN_FLAG_LINE_START) ? "\n" : "",
                           (int) w->len, w->text,
                           g ? pos[ENT_TAG_POS (g)] : 'O', g ? ent_class_name (ENT_TAG_CLASS (g)) : "",
                           p ? pos[ENT_TAG_POS (p)] : 'O', p ? ent_class_name (ENT_TAG_CLASS (p)) : "");
                }
              if (dump)
                fprintf (dump, "\n");
              ent_eval_add (&eval, (const int *) doc->tags->data, tags, doc->words->len);
              /* PER, ORG and LOC only, as compromise knows no MISC. */
              for (guint i = 0; i < doc->words->len; i++)
                {
                  if (gold3[i] != ENT_TAG_O && ENT_TAG_CLASS (gold3[i]) == ENT_CLASS_MISC)
                    gold3[i] = ENT_TAG_O;
                  if (tags[i] != ENT_TAG_O && ENT_TAG_CLASS (tags[i]) == ENT_CLASS_MISC)
                    tags[i] = ENT_TAG_O;
                }
              ent_eval_add (&eval3, gold3, tags, doc->words->len);
            }
        }
      best_seconds = MIN (best_seconds, seconds);
    }

  if (dump)
    fclose (dump);
  getrusage (RUSAGE_SELF, &usage);
  printf ("winnow entities on %s: %u documents, %u tokens\n", argv[1],
          corpus->docs->len, n_words);
  ent_eval_print (&eval, stdout);
  printf ("PER+ORG+LOC F1 %.2f\n", 100 * ent_eval_f1 (&eval3, -1));
  printf ("model load %.1f ms\n", load_ms);
  printf ("filter time %.3f s (best of %d): %.0f tokens/s on one thread\n",
          best_seconds, MAX (repeat, 1), n_words / best_seconds);
  printf ("document creation (text reader) %.3f s\n", read_seconds);
  printf ("peak memory %.1f MB\n", usage.ru_maxrss / 1024.0);
  return 0;
}
