/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <winnow/winnow.h>

#include "winnow-inputs.h"
#include "winnow-tool.h"

typedef enum {
  FORMAT_JSON,
  FORMAT_JSONL,
  FORMAT_TEXT,
} OutputFormat;

typedef struct {
  FILE         *out;
  OutputFormat  format;
  const char   *url;
  const char   *pipeline;
  gboolean      several;
  guint         n_written;
  guint         n_failed;
  gboolean      write_failed;
} RunState;

static void
write_node (RunState *state,
            JsonNode *node)
{
  g_autofree char *json = NULL;

  switch (state->format)
    {
    case FORMAT_JSONL:
      json = json_to_string (node, FALSE);
      fprintf (state->out, "%s\n", json);
      break;
    case FORMAT_JSON:
      json = json_to_string (node, TRUE);
      if (state->several)
        fprintf (state->out, "%s%s", state->n_written ? ",\n" : "[\n", json);
      else
        fprintf (state->out, "%s\n", json);
      break;
    case FORMAT_TEXT:
      g_assert_not_reached ();
    }
  state->n_written++;
}

static void
on_result (guint           index,
           WinnowInput    *input,
           WinnowDocument *document,
           const GError   *error,
           gpointer        user_data)
{
  RunState *state = user_data;
  const char *name = winnow_input_get_name (input);

  if (error)
    {
      state->n_failed++;
      g_printerr ("winnow: %s: %s\n", name ? name : "(input)", error->message);
      if (state->format != FORMAT_TEXT)
        {
          g_autoptr(JsonNode) node = winnow_error_to_json_node (name, state->pipeline, error);
          write_node (state, node);
        }
    }
  else if (state->format == FORMAT_TEXT)
    {
      g_autofree char *content = winnow_document_get_content (document);
      fprintf (state->out, "%s%s\n", state->n_written ? "\n" : "", content);
      state->n_written++;
    }
  else
    {
      g_autoptr(JsonNode) node = NULL;

      if (state->url && winnow_document_get_url (document) == NULL)
        winnow_document_set_metadata (document, WINNOW_META_URL,
                                      g_variant_new_string (state->url));
      node = winnow_document_to_json_node (document);
      write_node (state, node);
    }
  if (ferror (state->out))
    state->write_failed = TRUE;
}

static gboolean
parse_format (const char   *name,
              OutputFormat *format)
{
  if (g_strcmp0 (name, "json") == 0)
    *format = FORMAT_JSON;
  else if (g_strcmp0 (name, "jsonl") == 0)
    *format = FORMAT_JSONL;
  else if (g_strcmp0 (name, "text") == 0)
    *format = FORMAT_TEXT;
  else
    return FALSE;
  return TRUE;
}

int
winnow_run_command (int    argc,
                    char **argv)
{
  g_autofree char *pipeline_description = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *url = NULL;
  g_autofree char *content_type = NULL;
  g_autofree char *text_mode = NULL;
  g_auto(GStrv) inputs = NULL;
  gint64 max_size = -1;
  gboolean keep_mojibake = FALSE;
  int jobs = 0;
  GOptionEntry entries[] = {
    { "pipeline", 'p', 0, G_OPTION_ARG_STRING, &pipeline_description,
      "The pipeline (default: “" WINNOW_PIPELINE_DEFAULT "”, less any filter not installed)",
      "PIPELINE" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      "Output format: json (one object, or an array for several inputs), "
      "jsonl (one object per line) or text (the clean body)", "FORMAT" },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
      "Worker threads (default: the number of processors)", "N" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write to FILE instead of standard output", "FILE" },
    { "url", 0, 0, G_OPTION_ARG_STRING, &url,
      "URL of the input, for records whose page names none", "URL" },
    { "content-type", 0, 0, G_OPTION_ARG_STRING, &content_type,
      "Read every input as html or text instead of sniffing", "TYPE" },
    { "text-mode", 0, 0, G_OPTION_ARG_STRING, &text_mode,
      "Plain text: auto, lines (a block per line) or paragraphs", "MODE" },
    { "max-size", 0, 0, G_OPTION_ARG_INT64, &max_size,
      "Largest input accepted, in bytes (default 64 MiB; 0: no limit)", "BYTES" },
    { "keep-mojibake", 0, 0, G_OPTION_ARG_NONE, &keep_mojibake,
      "Leave UTF-8 that was encoded twice over (“Ã©” for “é”) as it is", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL, "INPUT…" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— clean and annotate pages");
  g_autoptr(GError) error = NULL;
  g_autoptr(WinnowPipeline) pipeline = NULL;
  g_autoptr(WinnowReader) reader = winnow_reader_new ();
  g_autoptr(InputWalker) walker = NULL;
  g_autofree char *description = NULL;
  RunState state = { stdout, FORMAT_JSON };
  FILE *out_file = NULL;
  int status;

  g_set_prgname ("winnow run");
  g_option_context_set_summary (context,
    "Each INPUT is a file, a directory (walked recursively in sorted order for\n"
    ".html, .htm and .txt files, also gzipped) or “-” for standard input.\n"
    "Pages are read as HTML or plain text by their name and content.");
  g_option_context_set_description (context,
    "Exit status: 0 when every input succeeded, 1 when some input failed\n"
    "(its record holds the error), 2 for a usage or pipeline error.\n"
    "\n"
    "Examples:\n"
    "  winnow run seeds/000_e6ebd894ec813c3a.txt\n"
    "  winnow run -p 'boilerplate favor-precision=true ! byline' -f jsonl pages/ > out.jsonl\n"
    "  curl -s https://example.org/ | winnow run --url https://example.org/ -f text -");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("winnow run: %s\n", error->message);
      return WINNOW_EXIT_USAGE;
    }
  if (inputs == NULL || inputs[0] == NULL)
    {
      g_printerr ("winnow run: no input given (use “-” for standard input)\n");
      return WINNOW_EXIT_USAGE;
    }
  if (format_name && !parse_format (format_name, &state.format))
    {
      g_printerr ("winnow run: unknown format “%s”: use json, jsonl or text\n", format_name);
      return WINNOW_EXIT_USAGE;
    }
  if (jobs < 0)
    {
      g_printerr ("winnow run: --jobs must be at least 1\n");
      return WINNOW_EXIT_USAGE;
    }
  if (content_type)
    {
      if (g_str_equal (content_type, "html") || g_str_equal (content_type, "text/html"))
        winnow_reader_set_content_type (reader, "text/html");
      else if (g_str_equal (content_type, "text") || g_str_equal (content_type, "text/plain"))
        winnow_reader_set_content_type (reader, "text/plain");
      else
        {
          g_printerr ("winnow run: unknown content type “%s”: use html or text\n", content_type);
          return WINNOW_EXIT_USAGE;
        }
    }
  if (text_mode)
    {
      if (g_str_equal (text_mode, "auto"))
        winnow_reader_set_text_mode (reader, WINNOW_TEXT_MODE_AUTO);
      else if (g_str_equal (text_mode, "lines"))
        winnow_reader_set_text_mode (reader, WINNOW_TEXT_MODE_LINES);
      else if (g_str_equal (text_mode, "paragraphs"))
        winnow_reader_set_text_mode (reader, WINNOW_TEXT_MODE_PARAGRAPHS);
      else
        {
          g_printerr ("winnow run: unknown text mode “%s”: use auto, lines or paragraphs\n",
                      text_mode);
          return WINNOW_EXIT_USAGE;
        }
    }
  if (max_size >= 0)
    winnow_reader_set_max_size (reader, (guint64) max_size);
  winnow_reader_set_repair_mojibake (reader, !keep_mojibake);

  if (pipeline_description)
    {
      pipeline = winnow_pipeline_new_from_string (pipeline_description, &error);
      if (pipeline == NULL)
        {
          g_printerr ("winnow run: %s\n", error->message);
          return WINNOW_EXIT_USAGE;
        }
    }
  else
    {
      /* The default pipeline is whatever of it is installed. */
      g_auto(GStrv) missing = NULL;

      pipeline = winnow_pipeline_new_default (&missing);
      for (guint i = 0; missing[i]; i++)
        g_printerr ("winnow: warning: filter “%s” is not installed; "
                    "the default pipeline runs without it\n", missing[i]);
    }

  if (!winnow_pipeline_prepare (pipeline, &error))
    {
      g_printerr ("winnow run: %s\n", error->message);
      return WINNOW_EXIT_USAGE;
    }
  description = winnow_pipeline_to_string (pipeline);

  if (output)
    {
      out_file = fopen (output, "w");
      if (out_file == NULL)
        {
          g_printerr ("winnow run: cannot write %s: %s\n", output, g_strerror (errno));
          return WINNOW_EXIT_USAGE;
        }
      state.out = out_file;
    }
  state.url = url;
  state.pipeline = description;
  /* One input prints one object; a directory or several inputs an array. */
  state.several = inputs[1] != NULL || g_file_test (inputs[0], G_FILE_TEST_IS_DIR);

  walker = input_walker_new (inputs);
  if (!winnow_pipeline_run_batch (pipeline, reader, jobs, input_walker_next, walker,
                                  on_result, &state, NULL, &error))
    {
      g_printerr ("winnow run: %s\n", error->message);
      if (out_file)
        fclose (out_file);
      return WINNOW_EXIT_USAGE;
    }

  if (state.format == FORMAT_JSON && state.several)
    fprintf (state.out, state.n_written ? "\n]\n" : "[]\n");
  if (fflush (state.out) != 0 || state.write_failed)
    {
      g_printerr ("winnow run: writing the output failed\n");
      state.n_failed++;
    }
  if (out_file)
    fclose (out_file);

  status = state.n_failed > 0 ? WINNOW_EXIT_INPUT_FAILED : WINNOW_EXIT_OK;
  return status;
}
