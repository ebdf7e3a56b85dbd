/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Winnow from C.
 *
 * Runs a pipeline on a file (a seed article by default) and prints the
 * title, the byline and the entities. The pipeline includes a filter
 * defined in this file, `word-count`, registered at run time and used
 * between the built-in filters:
 *
 *     boilerplate ! word-count ! byline ! entities
 *
 * Run it from a build directory with `meson devenv -C BUILDDIR`:
 *
 *     examples/winnow-example [-p PIPELINE] [FILE]
 */
#include <locale.h>
#include <string.h>
#include <winnow/winnow.h>

#ifndef EXAMPLE_DEFAULT_INPUT
#define EXAMPLE_DEFAULT_INPUT "seeds/000_e6ebd894ec813c3a.txt"
#endif

/* The default pipeline with our own filter after boilerplate removal, so
 * it counts the words of the article body. */
static const char * const default_elements[] = {
  "boilerplate", "word-count", "byline", "entities", NULL
};

static const char * const entity_labels[] = {
  "PERSON", "ORG", "LOC", "MISC", "DATE", "TIME", "MONEY", "PERCENT", "EMAIL", "URL", NULL
};

/* ExampleWordCountFilter: counts the words of the content blocks; writes
 * the count to the `word-count` metadata (a `u`) and a note. It keeps no
 * state while processing, so it may run on several threads at once, as a
 * filter written in C must. */

#define EXAMPLE_TYPE_WORD_COUNT_FILTER (example_word_count_filter_get_type ())
G_DECLARE_FINAL_TYPE (ExampleWordCountFilter, example_word_count_filter,
                      EXAMPLE, WORD_COUNT_FILTER, WinnowFilter)

struct _ExampleWordCountFilter
{
  WinnowFilter parent_instance;
  guint        min_words;
};

enum {
  PROP_0,
  PROP_MIN_WORDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ExampleWordCountFilter, example_word_count_filter, WINNOW_TYPE_FILTER)

static guint
count_words (const char *text)
{
  gboolean in_word = FALSE;
  guint n = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gboolean space = g_unichar_isspace (g_utf8_get_char (p));

      if (!space && !in_word)
        n++;
      in_word = !space;
    }
  return n;
}

static gboolean
example_word_count_filter_process (WinnowFilter    *filter,
                                   WinnowDocument  *document,
                                   GCancellable    *cancellable,
                                   GError         **error)
{
  ExampleWordCountFilter *self = EXAMPLE_WORD_COUNT_FILTER (filter);
  GPtrArray *blocks = winnow_document_get_blocks (document);
  /* The blocks labelled CONTENT, or every block while no filter has
   * labelled any: what winnow_document_get_content() returns. */
  gboolean everything = !winnow_document_has_labels (document);
  guint words = 0, n_blocks = 0;
  g_autofree char *note = NULL;

  for (guint i = 0; i < blocks->len; i++)
    {
      WinnowBlock *block = g_ptr_array_index (blocks, i);
      g_autofree char *text = NULL;
      guint n;

      if (!everything && winnow_block_get_label (block) != WINNOW_BLOCK_LABEL_CONTENT)
        continue;
      text = winnow_document_get_block_text (document, block);
      n = count_words (text);
      if (n >= self->min_words)
        {
          words += n;
          n_blocks++;
        }
    }

  winnow_document_set_metadata (document, "word-count", g_variant_new_uint32 (words));
  note = g_strdup_printf ("%u words in %u content blocks", words, n_blocks);
  winnow_document_add_note (document, winnow_filter_get_name (filter), note);
  return TRUE;
}

static void
example_word_count_filter_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  ExampleWordCountFilter *self = EXAMPLE_WORD_COUNT_FILTER (object);

  switch (prop_id)
    {
    case PROP_MIN_WORDS:
      g_value_set_uint (value, self->min_words);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
example_word_count_filter_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  ExampleWordCountFilter *self = EXAMPLE_WORD_COUNT_FILTER (object);

  switch (prop_id)
    {
    case PROP_MIN_WORDS:
      self->min_words = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
example_word_count_filter_class_init (ExampleWordCountFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WinnowFilterClass *filter_class = WINNOW_FILTER_CLASS (klass);

  object_class->get_property = example_word_count_filter_get_property;
  object_class->set_property = example_word_count_filter_set_property;
  filter_class->process = example_word_count_filter_process;
  winnow_filter_class_set_metadata (filter_class, "Word counter",
                                    "Counts the words of the content blocks");

  properties[PROP_MIN_WORDS] =
    g_param_spec_uint ("min-words", "Minimum words",
                       "Count only the content blocks with at least this many words",
                       0, 1000000, 1,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
example_word_count_filter_init (ExampleWordCountFilter *self)
{
  self->min_words = 1;
}

/* Builds the pipeline, leaving out the filters that are not installed. */
static WinnowPipeline *
build_pipeline (const char * const  *elements,
                GError             **error)
{
  WinnowRegistry *registry = winnow_registry_get_default ();
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; elements[i]; i++)
    g_ptr_array_add (kept, (gpointer) elements[i]);

  for (;;)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *description = NULL;
      WinnowPipeline *pipeline;
      guint n_missing = 0;

      g_ptr_array_add (kept, NULL);
      description = g_strjoinv (" ! ", (char **) kept->pdata);
      g_ptr_array_remove_index (kept, kept->len - 1);

      pipeline = winnow_pipeline_new_from_string (description, &local_error);
      if (pipeline)
        return pipeline;
      if (!g_error_matches (local_error, WINNOW_PIPELINE_ERROR, WINNOW_PIPELINE_ERROR_NO_SUCH_FILTER))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }

      for (guint i = 0; i < kept->len; )
        {
          const char *element = g_ptr_array_index (kept, i);
          g_autofree char *name = g_strndup (element, strcspn (element, " \t"));
          g_autoptr(WinnowFilterInfo) info = winnow_registry_lookup (registry, name);

          if (info == NULL && kept->len > 1)
            {
              g_printerr ("winnow-example: filter “%s” is not installed; leaving it out\n", name);
              g_ptr_array_remove_index (kept, i);
              n_missing++;
            }
          else
            i++;
        }
      if (n_missing == 0)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
}

static gboolean
is_entity (WinnowSpan *span)
{
  return g_strv_contains (entity_labels, winnow_span_get_label (span));
}

static gboolean
in_content (WinnowDocument *document,
            WinnowSpan     *span)
{
  GPtrArray *blocks = winnow_document_get_blocks (document);
  gboolean everything = !winnow_document_has_labels (document);

  for (guint i = 0; i < blocks->len; i++)
    {
      WinnowBlock *block = g_ptr_array_index (blocks, i);

      if ((everything || winnow_block_get_label (block) == WINNOW_BLOCK_LABEL_CONTENT) &&
          winnow_block_get_start (block) <= winnow_span_get_start (span) &&
          winnow_span_get_end (span) <= winnow_block_get_end (block))
        return TRUE;
    }
  return FALSE;
}

static void
print_result (WinnowDocument *document)
{
  const char *byline = winnow_document_get_metadata_string (document, WINNOW_META_BYLINE);
  const char *title = winnow_document_get_title (document);
  GVariant *authors = winnow_document_get_authors (document);
  GVariant *count = winnow_document_get_metadata (document, "word-count");
  const char * const *notes = winnow_document_get_notes (document);
  GPtrArray *spans = winnow_document_get_spans (document);
  g_autoptr(GPtrArray) entities = g_ptr_array_new ();

  g_print ("Title: %s\n", title ? title : "(none)");
  g_print ("Byline: %s\n", byline ? byline : "(none)");
  for (gsize i = 0; authors && i < g_variant_n_children (authors); i++)
    {
      g_autoptr(GVariant) author = g_variant_get_child_value (authors, i);
      g_autoptr(GString) line = g_string_new (NULL);
      const char *name = "?", *email = NULL, *role = NULL, *credentials = NULL;

      g_variant_lookup (author, "name", "&s", &name);
      g_variant_lookup (author, "email", "&s", &email);
      g_variant_lookup (author, "role", "&s", &role);
      g_variant_lookup (author, "credentials", "&s", &credentials);
      g_string_append (line, name);
      if (credentials && *credentials)
        g_string_append_printf (line, ", %s", credentials);
      if (email && *email)
        g_string_append_printf (line, " <%s>", email);
      if (role && *role)
        g_string_append_printf (line, " (%s)", role);
      g_print ("Author: %s\n", line->str);
    }
  if (winnow_document_get_date (document))
    g_print ("Date: %s\n", winnow_document_get_date (document));

  if (count && g_variant_is_of_type (count, G_VARIANT_TYPE_UINT32))
    g_print ("Words: %u\n", g_variant_get_uint32 (count));
  for (guint i = 0; notes && notes[i]; i++)
    g_print ("Note: %s\n", notes[i]);

  for (guint i = 0; i < spans->len; i++)
    {
      WinnowSpan *span = g_ptr_array_index (spans, i);
      if (is_entity (span) && in_content (document, span))
        g_ptr_array_add (entities, span);
    }
  g_print ("Entities: %u\n", entities->len);
  for (guint i = 0; i < entities->len; i++)
    {
      WinnowSpan *span = g_ptr_array_index (entities, i);
      g_autofree char *text = winnow_document_get_span_text (document, span);
      const char *value = winnow_span_get_value (span);

      /* Offsets are UTF-8 bytes in the library; print code points like
       * the Python and JavaScript examples. */
      g_print ("  %s\t%s\t[%ld, %ld)%s%s\n", winnow_span_get_label (span), text,
               winnow_document_byte_to_char_offset (document, winnow_span_get_start (span)),
               winnow_document_byte_to_char_offset (document, winnow_span_get_end (span)),
               value ? " = " : "", value ? value : "");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *description = NULL;
  g_auto(GStrv) inputs = NULL;
  GOptionEntry entries[] = {
    { "pipeline", 'p', 0, G_OPTION_ARG_STRING, &description,
      "Pipeline description (default: boilerplate ! word-count ! byline ! entities)", "PIPELINE" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL, "[FILE]" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— run a Winnow pipeline on a file");
  g_autoptr(GError) error = NULL;
  g_autoptr(WinnowPipeline) pipeline = NULL;
  g_autoptr(WinnowDocument) document = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *printed = NULL;
  const char *input;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("winnow-example: %s\n", error->message);
      return 2;
    }
  input = inputs && inputs[0] ? inputs[0] : EXAMPLE_DEFAULT_INPUT;

  if (!winnow_registry_register (winnow_registry_get_default (), "word-count",
                                 EXAMPLE_TYPE_WORD_COUNT_FILTER, WINNOW_FILTER_FLAG_NONE,
                                 &error))
    {
      g_printerr ("winnow-example: %s\n", error->message);
      return 2;
    }

  if (description)
    pipeline = winnow_pipeline_new_from_string (description, &error);
  else
    pipeline = build_pipeline (default_elements, &error);
  if (pipeline == NULL)
    {
      g_printerr ("winnow-example: %s\n", error->message);
      return 2;
    }

  file = g_file_new_for_commandline_arg (input);
  document = winnow_document_new_from_file (file, NULL, &error);
  if (document)
    winnow_document_set_source_name (document, input);
  if (document == NULL || !winnow_pipeline_process (pipeline, document, NULL, &error))
    {
      g_printerr ("winnow-example: %s: %s\n", input, error->message);
      return 1;
    }

  printed = winnow_pipeline_to_string (pipeline);
  g_print ("Pipeline: %s\n", printed);
  print_result (document);
  return 0;
}
