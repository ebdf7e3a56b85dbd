/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The entities plugin: a tiny model trained here, broken model files, the
 * rules and their normalised values, the filter on the seed article. */

#include <glib/gstdio.h>
#include <string.h>

#include "entities-private.h"

/* ---- a tiny model ----------------------------------------------------- */

static const char * const tiny_corpus[][2] = {
  { "John Smith visited Paris .", "B-PER I-PER O B-LOC O" },
  { "Mary Jones lives in London .", "B-PER I-PER O O B-LOC O" },
  { "Acme Corp opened an office in Berlin .", "B-ORG I-ORG O O O O B-LOC O" },
  { "Peter Brown works for Acme Corp in Rome .", "B-PER I-PER O O B-ORG I-ORG O B-LOC O" },
  { "The German team beat Globex Inc .", "O B-MISC O O B-ORG I-ORG O" },
  { "Smith said the talks in Paris were good .", "B-PER O O O O B-LOC O O O" },
};

static EntCorpus *
tiny_corpus_new (void)
{
  EntCorpus *corpus = ent_corpus_new ();

  for (guint i = 0; i < G_N_ELEMENTS (tiny_corpus); i++)
    {
      g_auto(GStrv) words = g_strsplit (tiny_corpus[i][0], " ", -1);
      g_auto(GStrv) tags = g_strsplit (tiny_corpus[i][1], " ", -1);

      g_assert_cmpuint (g_strv_length (words), ==, g_strv_length (tags));
      ent_corpus_add_sentence (corpus, i % 3 == 0, (const char * const *) words,
                               (const char * const *) tags, g_strv_length (words));
    }
  ent_corpus_finish (corpus);
  return corpus;
}

typedef struct {
  char *dir;
  char *model_path;
} Fixture;

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntCorpus) corpus = tiny_corpus_new ();
  g_autoptr(EntGazetteer) gaz = ent_gazetteer_new ();
  EntTrainOptions options = { .epochs = 8, .seed = 7 };

  fx->dir = g_dir_make_tmp ("winnow-entities-XXXXXX", &error);
  g_assert_no_error (error);
  fx->model_path = g_build_filename (fx->dir, "tiny.model", NULL);
  ent_gazetteer_add (gaz, ENT_GAZ_CITY, "Paris", -1);
  ent_gazetteer_add (gaz, ENT_GAZ_CITY, "New York", -1);
  g_assert_true (ent_train (corpus, gaz, NULL, &options, fx->model_path, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fx->dir, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (fx->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fx->dir);
  g_free (fx->dir);
  g_free (fx->model_path);
}

static void
test_tiny_model (Fixture       *fx,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntModel) model = ent_model_load (fx->model_path, &error);
  g_autoptr(EntCorpus) corpus = tiny_corpus_new ();
  g_autoptr(EntCorpus) again = NULL;
  g_autofree char *again_path = g_build_filename (fx->dir, "again.model", NULL);
  g_autofree char *a = NULL, *b = NULL;
  gsize a_len, b_len;
  EntEval eval = { { 0, } };
  EntTrainOptions options = { .epochs = 8, .seed = 7 };
  EntTrainDoc *doc;
  g_autofree int *tags = NULL;
  g_autoptr(GArray) mentions = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (model);

  /* The gazetteer went into the model. */
  g_assert_cmpuint (ent_model_get_gazetteer (model)->n_slots, >, 0);

  /* It learnt its training sentences. */
  ent_evaluate (model, corpus, &eval);
  g_assert_cmpuint (eval.gold[ENT_CLASS_PER], ==, 4);
  g_assert_cmpfloat (ent_eval_f1 (&eval, -1), >=, 0.99);

  doc = corpus->docs->pdata[0];
  tags = g_new0 (int, doc->words->len);
  ent_tag_words (model, (const EntWord *) doc->words->data, doc->words->len, tags, NULL);
  mentions = ent_tags_to_mentions (tags, NULL, doc->words->len);
  g_assert_cmpuint (mentions->len, >=, 2);
  g_assert_cmpuint (g_array_index (mentions, EntMention, 0).start, ==, 0);
  g_assert_cmpuint (g_array_index (mentions, EntMention, 0).end, ==, 2);
  g_assert_cmpint (g_array_index (mentions, EntMention, 0).cls, ==, ENT_CLASS_PER);
  g_assert_cmpint (g_array_index (mentions, EntMention, 1).cls, ==, ENT_CLASS_LOC);

  /* Training is deterministic for a seed. */
  again = tiny_corpus_new ();
  {
    g_autoptr(EntGazetteer) gaz = ent_gazetteer_new ();

    ent_gazetteer_add (gaz, ENT_GAZ_CITY, "Paris", -1);
    ent_gazetteer_add (gaz, ENT_GAZ_CITY, "New York", -1);
    g_assert_true (ent_train (again, gaz, NULL, &options, again_path, &error));
  }
  g_assert_true (g_file_get_contents (fx->model_path, &a, &a_len, NULL));
  g_assert_true (g_file_get_contents (again_path, &b, &b_len, NULL));
  g_assert_cmpmem (a, a_len, b, b_len);
}

static void
test_conll_reader (Fixture       *fx,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fx->dir, "mini.conll", NULL);
  g_autoptr(EntCorpus) corpus = NULL;
  EntTrainDoc *doc;
  const char *conll =
    "-DOCSTART- -X- O O\n\n"
    "EU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\ncall NN I-NP O\n. . O O\n\n"
    "Peter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n\n"
    "-DOCSTART- -X- O O\n\n"
    "Rome NNP I-NP I-LOC\nParis NNP I-NP B-LOC\n";

  g_assert_true (g_file_set_contents (path, conll, -1, NULL));
  corpus = ent_corpus_read_conll (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (corpus->docs->len, ==, 2);
  doc = corpus->docs->pdata[0];
  g_assert_cmpuint (doc->words->len, ==, 7);
  g_assert_cmpint (g_array_index (doc->tags, int, 0), ==, ENT_TAG (ENT_CLASS_ORG, ENT_POS_U));
  g_assert_cmpint (g_array_index (doc->tags, int, 5), ==, ENT_TAG (ENT_CLASS_PER, ENT_POS_B));
  g_assert_cmpint (g_array_index (doc->tags, int, 6), ==, ENT_TAG (ENT_CLASS_PER, ENT_POS_L));
  /* Sentence starts as the tokenizer sees one sentence per line. */
  g_assert_true (g_array_index (doc->words, EntWord, 5).flags & WINNOW_TOKEN_FLAG_SENTENCE_START);
  doc = corpus->docs->pdata[1];
  /* IOB1: B- separates two adjacent names of a class. */
  g_assert_cmpint (g_array_index (doc->tags, int, 0), ==, ENT_TAG (ENT_CLASS_LOC, ENT_POS_U));
  g_assert_cmpint (g_array_index (doc->tags, int, 1), ==, ENT_TAG (ENT_CLASS_LOC, ENT_POS_U));
}

/* ---- broken model files ---------------------------------------------- */

static void
assert_load_fails (const char *path,
                   int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntModel) model = ent_model_load (path, &error);

  g_assert_null (model);
  g_assert_error (error, ENT_MODEL_ERROR, code);
  g_test_message ("%s", error->message);
}

static void
test_broken_models (Fixture       *fx,
                    gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_autofree char *broken = g_build_filename (fx->dir, "broken.model", NULL);
  gsize len;

  g_assert_true (g_file_get_contents (fx->model_path, &contents, &len, NULL));

  g_assert_true (g_file_set_contents (broken, contents, len / 2, NULL));
  assert_load_fails (broken, ENT_MODEL_ERROR_TRUNCATED);

  g_assert_true (g_file_set_contents (broken, contents, 40, NULL));
  assert_load_fails (broken, ENT_MODEL_ERROR_TRUNCATED);

  g_assert_true (g_file_set_contents (broken, "", 0, NULL));
  assert_load_fails (broken, ENT_MODEL_ERROR_FORMAT);

  g_assert_true (g_file_set_contents (broken, "{\"not\": \"a model\"}\n", -1, NULL));
  assert_load_fails (broken, ENT_MODEL_ERROR_FORMAT);

  contents[len - 3] ^= 0x55;
  g_assert_true (g_file_set_contents (broken, contents, len, NULL));
  assert_load_fails (broken, ENT_MODEL_ERROR_CORRUPT);
  contents[len - 3] ^= 0x55;

  contents[8] = 99;   /* version */
  g_assert_true (g_file_set_contents (broken, contents, len, NULL));
  assert_load_fails (broken, ENT_MODEL_ERROR_VERSION);

  assert_load_fails ("/nonexistent/entities.model", ENT_MODEL_ERROR_IO);
}

/* ---- the filter ------------------------------------------------------- */

static WinnowFilter *
make_filter (const char *first_property,
             ...)
{
  g_autoptr(GError) error = NULL;
  WinnowFilter *filter = winnow_registry_create_filter (winnow_registry_get_default (),
                                                        "entities", &error);
  va_list args;

  g_assert_no_error (error);
  g_assert_nonnull (filter);
  va_start (args, first_property);
  if (first_property)
    g_object_set_valist (G_OBJECT (filter), first_property, args);
  va_end (args);
  return filter;
}

static void
test_filter_broken_model (Fixture       *fx,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *broken = g_build_filename (fx->dir, "broken.model", NULL);
  g_autoptr(WinnowFilter) filter = NULL;

  g_assert_true (g_file_set_contents (broken, "WNWENTS\n", -1, NULL));
  filter = make_filter ("model", broken, NULL);
  g_assert_false (winnow_filter_prepare (filter, &error));
  g_assert_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE);
  g_assert_nonnull (strstr (error->message, "truncated"));
}

/* The spans of @doc as "LABEL:text=value" lines. */
static char *
spans_string (WinnowDocument *doc)
{
  GPtrArray *spans = winnow_document_get_spans (doc);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < spans->len; i++)
    {
      WinnowSpan *span = spans->pdata[i];
      g_autofree char *text = winnow_document_get_span_text (doc, span);

      g_string_append_printf (out, "%s:%s", winnow_span_get_label (span), text);
      if (winnow_span_get_value (span))
        g_string_append_printf (out, "=%s", winnow_span_get_value (span));
      g_string_append_c (out, '\n');
      g_assert_cmpfloat (winnow_span_get_score (span), >=, 0.0);
      g_assert_cmpfloat (winnow_span_get_score (span), <=, 1.0);
      g_assert_cmpstr (winnow_span_get_filter (span), ==, "entities");
      if (i > 0)
        g_assert_cmpuint (winnow_span_get_start (span), >=,
                          winnow_span_get_end (spans->pdata[i - 1]));
    }
  return g_string_free (out, FALSE);
}

static gboolean
has_span (const char *spans,
          const char *line)
{
  g_autofree char *needle = g_strconcat ("\n", line, "\n", NULL);
  g_autofree char *haystack = g_strconcat ("\n", spans, NULL);

  return strstr (haystack, needle) != NULL;
}

static WinnowDocument *
process_text (WinnowFilter *filter,
              const char   *text,
              const char   *language,
              const char   *date)
{
  g_autoptr(GError) error = NULL;
  WinnowDocument *doc = winnow_document_new_from_text (text, -1, &error);

  g_assert_no_error (error);
  winnow_document_set_metadata (doc, WINNOW_META_LANGUAGE,
                                language ? g_variant_new_string (language) : NULL);
  if (date)
    winnow_document_set_metadata (doc, WINNOW_META_DATE, g_variant_new_string (date));
  g_assert_true (winnow_filter_process (filter, doc, NULL, &error));
  g_assert_no_error (error);
  return doc;
}

static void
test_seed (void)
{
  const char *dir = g_getenv ("WINNOW_TEST_SEEDS");
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WinnowDocument) doc = NULL;
  g_autoptr(WinnowFilter) filter = make_filter (NULL, NULL);
  g_autofree char *spans = NULL;
  static const char * const expected[] = {
    "PERSON:Chang Kyung-soo", "PERSON:David F. Helvey", "PERSON:Satoshi Maeda",
    "PERSON:Moon Jae-in", "PERSON:Donald Trump", "PERSON:Shinzo Abe",
    "PERSON:Kim Hong-kyun", "PERSON:Joseph Yun", "PERSON:Kenji Kanasugi",
    "PERSON:Mike Pence", "PERSON:Geng Shuang",
    "PERSON:Moon=Moon Jae-in", "PERSON:Geng=Geng Shuang", "PERSON:Trump=Donald Trump",
    "LOC:South Korea", "LOC:United States", "LOC:Japan", "LOC:Pyongyang", "LOC:Seoul",
    "LOC:Singapore", "LOC:Beijing", "LOC:Washington", "LOC:China", "LOC:North Korea",
    "LOC:Korean Peninsula", "LOC:U.S.",
    "ORG:UN Security Council", "ORG:Ministry of National Defense", "ORG:Foreign Ministry",
    "ORG:Northeast Asia Cooperation Dialogue",
    "MISC:Japanese", "MISC:Russian", "MISC:Chinese", "MISC:Hwasong-14",
    "DATE:Wednesday", "DATE:Friday", "DATE:Tuesday", "DATE:Monday", "DATE:July 4=--07-04",
    "EMAIL:kim.sarah@joongang.co.kr=kim.sarah@joongang.co.kr",
  };

  if (dir == NULL)
    {
      g_test_skip ("WINNOW_TEST_SEEDS is not set");
      return;
    }
  path = g_build_filename (dir, "000_e6ebd894ec813c3a.txt", NULL);
  file = g_file_new_for_path (path);
  doc = winnow_document_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (winnow_filter_prepare (filter, &error));
  g_assert_no_error (error);
  g_assert_true (winnow_filter_process (filter, doc, NULL, &error));
  g_assert_no_error (error);

  spans = spans_string (doc);
  g_test_message ("%s", spans);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (!has_span (spans, expected[i]))
      g_error ("missing span %s", expected[i]);
  /* No person is anything else somewhere else. */
  g_assert_false (has_span (spans, "MISC:Kyung-soo"));
  g_assert_false (has_span (spans, "LOC:Moon"));
  /* The forum is not a place, the radio show not a person. */
  g_assert_false (has_span (spans, "LOC:Northeast Asia"));
  g_assert_true (has_span (spans, "ORG:Laura Ingraham Show") || has_span (spans, "MISC:Laura Ingraham Show") ||
                 has_span (spans, "ORG:The Laura Ingraham Show") || has_span (spans, "MISC:The Laura Ingraham Show"));
  g_assert_null (strstr (spans, "PERSON:Laura"));
  g_assert_null (strstr (spans, "PERSON:The Laura"));
  g_assert_null (strstr (spans, "Show=")); /* and no alias of a person */
}

/* Names that end in a common noun the training data never had
 * capitalised ("Dialogue", "Forum", "Show"), on made-up sentences. */
static void
test_name_heads (void)
{
  g_autoptr(WinnowFilter) filter = make_filter (NULL, NULL);
  g_autoptr(WinnowDocument) doc = NULL;
  g_autofree char *spans = NULL;
  const char *text =
    "Officials from Tokyo and Seoul attended the Northeast Asia Energy Dialogue in Ulaanbaatar on Tuesday, "
    "according to diplomats.\n"
    "The senator said on The Rachel Maddow Show that the bill would pass.\n"
    "Delegates gathered for the Baltic Sea Security Forum in Riga, where the talks ran late.\n"
    "Dan Waters said the company would appeal.\n"
    "The plane belongs to Frontier Airlines, a budget carrier.\n";

  g_assert_true (winnow_filter_prepare (filter, NULL));
  doc = process_text (filter, text, "en", NULL);
  spans = spans_string (doc);
  g_test_message ("%s", spans);
  g_assert_true (has_span (spans, "ORG:Northeast Asia Energy Dialogue"));
  g_assert_true (has_span (spans, "ORG:Rachel Maddow Show") || has_span (spans, "MISC:Rachel Maddow Show"));
  g_assert_true (has_span (spans, "ORG:Baltic Sea Security Forum"));
  g_assert_true (has_span (spans, "LOC:Riga"));
  g_assert_true (has_span (spans, "LOC:Ulaanbaatar"));
  g_assert_true (has_span (spans, "PERSON:Dan Waters"));
  g_assert_true (has_span (spans, "ORG:Frontier Airlines"));
}

static void
test_rules (void)
{
  g_autoptr(WinnowFilter) filter = make_filter ("labels", (const char * const[]) {
                                                  "DATE", "TIME", "MONEY", "PERCENT", "EMAIL", "URL", NULL },
                                                NULL);
  g_autoptr(WinnowDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *spans = NULL;

  g_assert_true (winnow_filter_prepare (filter, &error));
  /* 2017-07-07 was a Friday. */
  doc = process_text (filter,
                      "The talks began on Wednesday after the July 4 test. They meet again "
                      "next Monday at 3 p.m. and will sign on Tuesday. The deal, worth $5.3 million "
                      "or 20 billion won or US$ 1.2 bln or HK$3, lifted shares 7.5 percent (up 2%) on 2017-07-06. "
                      "It was first agreed on 4 March 2016. Talks run June 5-9. Write to kim@example.com or "
                      "see www.example.com/korea.",
                      "en", "2017-07-07T09:00:00+09:00");
  spans = spans_string (doc);
  g_test_message ("%s", spans);
  g_assert_true (has_span (spans, "DATE:Wednesday=2017-07-05"));
  g_assert_true (has_span (spans, "DATE:July 4=2017-07-04"));
  g_assert_true (has_span (spans, "DATE:next Monday=2017-07-10"));
  g_assert_true (has_span (spans, "DATE:Tuesday=2017-07-11"));
  g_assert_true (has_span (spans, "TIME:3 p.m.=15:00"));
  g_assert_true (has_span (spans, "MONEY:$5.3 million=5300000 USD"));
  g_assert_true (has_span (spans, "MONEY:20 billion won=20000000000 KRW"));
  g_assert_true (has_span (spans, "MONEY:US$ 1.2 bln=1200000000 USD"));
  g_assert_true (has_span (spans, "MONEY:HK$3=3 HKD"));
  g_assert_true (has_span (spans, "PERCENT:7.5 percent=7.5%"));
  g_assert_true (has_span (spans, "PERCENT:2%=2%"));
  g_assert_true (has_span (spans, "DATE:2017-07-06=2017-07-06"));
  g_assert_true (has_span (spans, "DATE:4 March 2016=2016-03-04"));
  g_assert_true (has_span (spans, "DATE:June 5-9=2017-06-05/2017-06-09"));
  g_assert_true (has_span (spans, "EMAIL:kim@example.com=kim@example.com"));
  g_assert_true (has_span (spans, "URL:www.example.com/korea=http://www.example.com/korea"));
  g_assert_false (strstr (spans, "PERSON") || strstr (spans, "LOC:"));
}

static void
test_dates_without_document_date (void)
{
  g_autoptr(WinnowFilter) filter = make_filter ("labels", (const char * const[]) { "DATE", NULL }, NULL);
  g_autoptr(WinnowDocument) doc = NULL;
  g_autofree char *spans = NULL;

  g_assert_true (winnow_filter_prepare (filter, NULL));
  doc = process_text (filter, "They met on Wednesday, July 4, and again on Dec. 25, 2016.", "en", NULL);
  spans = spans_string (doc);
  g_assert_true (has_span (spans, "DATE:Wednesday"));
  g_assert_true (has_span (spans, "DATE:July 4=--07-04"));
  g_assert_true (has_span (spans, "DATE:Dec. 25, 2016=2016-12-25"));
}

static void
test_language (void)
{
  g_autoptr(WinnowFilter) filter = make_filter (NULL, NULL);
  g_autoptr(WinnowFilter) any = make_filter ("languages", (const char * const[]) { "*", NULL }, NULL);
  g_autoptr(WinnowDocument) fr = NULL;
  g_autoptr(WinnowDocument) fr_any = NULL;
  g_autoptr(WinnowDocument) unknown = NULL;
  const char *text = "Emmanuel Macron a rencontré Angela Merkel à Paris.";

  g_assert_true (winnow_filter_prepare (filter, NULL));
  g_assert_true (winnow_filter_prepare (any, NULL));

  fr = process_text (filter, text, "fr", NULL);
  g_assert_cmpuint (winnow_document_get_spans (fr)->len, ==, 0);
  g_assert_nonnull (winnow_document_get_notes (fr));
  g_assert_nonnull (winnow_document_get_notes (fr)[0]);

  fr_any = process_text (any, text, "fr", NULL);
  g_assert_cmpuint (winnow_document_get_spans (fr_any)->len, >, 0);

  unknown = process_text (filter, "Angela Merkel visited Paris on Monday.", NULL, NULL);
  g_assert_cmpuint (winnow_document_get_spans (unknown)->len, >=, 2);
}

static void
test_labels_and_min_score (void)
{
  g_autoptr(WinnowFilter) people = make_filter ("labels", (const char * const[]) { "PERSON", NULL }, NULL);
  g_autoptr(WinnowFilter) all = make_filter (NULL, NULL);
  g_autoptr(WinnowFilter) strict = make_filter ("min-score", 0.9, NULL);
  g_autoptr(WinnowFilter) wrong = make_filter ("labels", (const char * const[]) { "PEOPLE", NULL }, NULL);
  g_autoptr(WinnowDocument) doc = NULL;
  g_autoptr(WinnowDocument) doc2 = NULL;
  g_autoptr(WinnowDocument) doc3 = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *spans = NULL;
  const char *text = "Angela Merkel met Vladimir Putin in Moscow on Monday. Later, Arnfried "
                     "Wolters from Zulu Logistics Ltd. joined the Ollop talks.";

  g_assert_true (winnow_filter_prepare (people, NULL));
  doc = process_text (people, text, "en", NULL);
  spans = spans_string (doc);
  g_assert_true (has_span (spans, "PERSON:Angela Merkel"));
  g_assert_true (has_span (spans, "PERSON:Vladimir Putin"));
  g_assert_null (strstr (spans, "LOC:"));
  g_assert_null (strstr (spans, "DATE:"));

  g_assert_true (winnow_filter_prepare (strict, NULL));
  doc2 = process_text (strict, text, "en", NULL);
  for (guint i = 0; i < winnow_document_get_spans (doc2)->len; i++)
    g_assert_cmpfloat (winnow_span_get_score (winnow_document_get_spans (doc2)->pdata[i]), >=, 0.9);
  /* The scores are spread: some spans of a harder sentence fall below 0.9. */
  g_assert_true (winnow_filter_prepare (all, NULL));
  doc3 = process_text (all, text, "en", NULL);
  g_assert_cmpuint (winnow_document_get_spans (doc3)->len, >, winnow_document_get_spans (doc2)->len);

  g_assert_false (winnow_filter_prepare (wrong, &error));
  g_assert_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE);
}

static void
test_broken_line (void)
{
  g_autoptr(WinnowFilter) filter = make_filter ("labels", (const char * const[]) { "PERSON", NULL }, NULL);
  g_autoptr(WinnowDocument) doc = NULL;
  GPtrArray *spans;
  g_autofree char *text = NULL;

  g_assert_true (winnow_filter_prepare (filter, NULL));
  /* Adjacent lines are running text: a name broken across them is one. */
  doc = process_text (filter, "The meeting was chaired by Vice President Mike\nPence, who spoke first.",
                      "en", NULL);
  spans = winnow_document_get_spans (doc);
  g_assert_cmpuint (spans->len, ==, 1);
  text = winnow_document_get_span_text (doc, spans->pdata[0]);
  g_assert_cmpstr (text, ==, "Mike\nPence");
}

typedef struct {
  WinnowFilter *filter;
  const char   *text;
  char         *spans;
} ThreadJob;

static gpointer
thread_job (gpointer data)
{
  ThreadJob *job = data;

  for (int k = 0; k < 20; k++)
    {
      g_autoptr(WinnowDocument) doc = process_text (job->filter, job->text, "en", "2017-07-07");
      g_autofree char *spans = spans_string (doc);

      if (job->spans == NULL)
        job->spans = g_steal_pointer (&spans);
      else
        g_assert_cmpstr (spans, ==, job->spans);
    }
  return NULL;
}

static void
test_threads (void)
{
  g_autoptr(WinnowFilter) filter = make_filter (NULL, NULL);
  const char *texts[] = {
    "Geng Shuang, spokesman of China's Foreign Ministry, said on Tuesday that Beijing "
    "does not hold the key. Geng added that Washington should talk.",
    "Moon Jae-in met Shinzo Abe in Tokyo on July 4, and Moon said the talks went well.",
    "Mike Pence spoke on Monday at 3 p.m. about a $5 million deal with Acme Corp.",
    "The European Commission said on Thursday it disagreed with German advice.",
  };
  ThreadJob jobs[G_N_ELEMENTS (texts)];
  GThread *threads[G_N_ELEMENTS (texts)];

  g_assert_true (winnow_filter_prepare (filter, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      jobs[i] = (ThreadJob) { filter, texts[i], NULL };
      threads[i] = g_thread_new ("entities", thread_job, &jobs[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(WinnowDocument) doc = NULL;
      g_autofree char *alone = NULL;

      g_thread_join (threads[i]);
      /* The same spans as one call on its own. */
      doc = process_text (filter, texts[i], "en", "2017-07-07");
      alone = spans_string (doc);
      g_assert_cmpstr (jobs[i].spans, ==, alone);
      g_assert_cmpstr (alone, !=, "");
      g_free (jobs[i].spans);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/entities/model/tiny", Fixture, NULL, fixture_set_up, test_tiny_model, fixture_tear_down);
  g_test_add ("/entities/model/conll", Fixture, NULL, fixture_set_up, test_conll_reader, fixture_tear_down);
  g_test_add ("/entities/model/broken", Fixture, NULL, fixture_set_up, test_broken_models, fixture_tear_down);
  g_test_add ("/entities/filter/broken-model", Fixture, NULL, fixture_set_up, test_filter_broken_model,
              fixture_tear_down);
  g_test_add_func ("/entities/filter/seed", test_seed);
  g_test_add_func ("/entities/filter/name-heads", test_name_heads);
  g_test_add_func ("/entities/filter/rules", test_rules);
  g_test_add_func ("/entities/filter/dates-without-document-date", test_dates_without_document_date);
  g_test_add_func ("/entities/filter/language", test_language);
  g_test_add_func ("/entities/filter/labels-and-min-score", test_labels_and_min_score);
  g_test_add_func ("/entities/filter/broken-line", test_broken_line);
  g_test_add_func ("/entities/filter/threads", test_threads);
  return g_test_run ();
}
