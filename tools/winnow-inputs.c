/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>
#include <unistd.h>
#include <gio/gunixinputstream.h>

#include "winnow-inputs.h"

struct _InputWalker
{
  char   **arguments;
  guint    next_argument;
  GQueue  *pending;  /* paths found in directories, still to hand out */
};

static const char *page_suffixes[] = {
  ".html", ".htm", ".txt", ".html.gz", ".htm.gz", ".txt.gz",
};

static gboolean
is_page (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (page_suffixes); i++)
    if (g_str_has_suffix (name, page_suffixes[i]))
      return TRUE;
  return FALSE;
}

static int
compare_paths (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return strcmp (a, b);
}

/* Lists a directory depth-first in sorted order. Only names are kept in
 * memory, never contents. */
static void
walk_directory (const char *directory,
                GQueue     *out,
                guint       depth)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GSequence) entries = NULL;
  const char *name;

  if (depth > 64)
    return;
  dir = g_dir_open (directory, 0, NULL);
  if (dir == NULL)
    return;
  entries = g_sequence_new (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_sequence_insert_sorted (entries, g_build_filename (directory, name, NULL),
                              compare_paths, NULL);

  for (GSequenceIter *it = g_sequence_get_begin_iter (entries);
       !g_sequence_iter_is_end (it); it = g_sequence_iter_next (it))
    {
      const char *path = g_sequence_get (it);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        walk_directory (path, out, depth + 1);
      else if (is_page (path))
        g_queue_push_tail (out, g_strdup (path));
    }
}

InputWalker *
input_walker_new (char **arguments)
{
  InputWalker *walker = g_new0 (InputWalker, 1);

  walker->arguments = g_strdupv (arguments);
  walker->pending = g_queue_new ();
  return walker;
}

void
input_walker_free (InputWalker *walker)
{
  g_strfreev (walker->arguments);
  g_queue_free_full (walker->pending, g_free);
  g_free (walker);
}

static WinnowInput *
read_stdin (void)
{
  g_autoptr(GInputStream) in = g_unix_input_stream_new (STDIN_FILENO, FALSE);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (g_output_stream_splice (out, in, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, &error) < 0)
    {
      g_printerr ("winnow: cannot read standard input: %s\n", error->message);
      bytes = g_bytes_new (NULL, 0);
    }
  else
    bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
  return winnow_input_new_for_bytes (bytes, "-");
}

WinnowInput *
input_walker_next (gpointer data)
{
  InputWalker *walker = data;

  for (;;)
    {
      const char *argument;
      char *path = g_queue_pop_head (walker->pending);

      if (path)
        {
          WinnowInput *input = winnow_input_new_for_path (path);
          g_free (path);
          return input;
        }
      argument = walker->arguments ? walker->arguments[walker->next_argument] : NULL;
      if (argument == NULL)
        return NULL;
      walker->next_argument++;

      if (strcmp (argument, "-") == 0)
        return read_stdin ();
      if (g_file_test (argument, G_FILE_TEST_IS_DIR))
        {
          walk_directory (argument, walker->pending, 0);
          continue;
        }
      /* A missing file is an input too: it yields its error record. */
      return winnow_input_new_for_path (argument);
    }
}
