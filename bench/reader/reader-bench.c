/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* How fast the HTML reader is next to libxml2's bare parse, its floor.
 *
 *   reader-bench DIR [REPEAT]
 *
 * Loads every page of DIR (.html or .html.gz) into memory, then times, on
 * one thread: htmlReadMemory alone, and winnow_reader_read_bytes (charset
 * detection, parse, the flattening walk, head metadata, language guess). */
#include <libxml/HTMLparser.h>
#include <winnow/winnow.h>

static GPtrArray *
load_pages (const char *directory)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  GPtrArray *pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(WinnowReader) unused = NULL;
  const char *name;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  if (dir == NULL)
    g_error ("Cannot open %s", directory);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".html") || g_str_has_suffix (name, ".html.gz"))
      g_ptr_array_add (names, g_build_filename (directory, name, NULL));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);

  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (names->pdata[i]);
      g_autoptr(GFileInputStream) raw = g_file_read (file, NULL, NULL);
      g_autoptr(GInputStream) in = NULL;
      g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

      if (raw == NULL)
        continue;
      if (g_str_has_suffix (names->pdata[i], ".gz"))
        {
          g_autoptr(GZlibDecompressor) z = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
          in = g_converter_input_stream_new (G_INPUT_STREAM (raw), G_CONVERTER (z));
        }
      else
        in = g_object_ref (G_INPUT_STREAM (raw));
      g_output_stream_splice (out, in, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, NULL);
      g_ptr_array_add (pages, g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out)));
    }
  return pages;
}

int
main (int argc, char **argv)
{
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(WinnowReader) reader = winnow_reader_new ();
  guint repeat = argc > 2 ? atoi (argv[2]) : 1;
  gint64 t0, t1, t2;
  gsize bytes = 0, blocks = 0;

  if (argc < 2)
    {
      g_printerr ("Usage: %s DIR [REPEAT]\n", argv[0]);
      return 2;
    }
  pages = load_pages (argv[1]);
  for (guint i = 0; i < pages->len; i++)
    bytes += g_bytes_get_size (pages->pdata[i]);

  t0 = g_get_monotonic_time ();
  for (guint r = 0; r < repeat; r++)
    for (guint i = 0; i < pages->len; i++)
      {
        gsize size;
        const char *data = g_bytes_get_data (pages->pdata[i], &size);
        xmlDoc *doc = htmlReadMemory (data, size, NULL, NULL,
                                      HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                      HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT);
        xmlFreeDoc (doc);
      }
  t1 = g_get_monotonic_time ();
  for (guint r = 0; r < repeat; r++)
    for (guint i = 0; i < pages->len; i++)
      {
        g_autoptr(WinnowDocument) document =
          winnow_reader_read_bytes (reader, pages->pdata[i], NULL, NULL, NULL);
        if (document)
          blocks += winnow_document_get_n_blocks (document);
      }
  t2 = g_get_monotonic_time ();

  g_print ("pages: %u (%.1f MB), repeat %u\n", pages->len, bytes / 1e6, repeat);
  g_print ("libxml2 bare parse:  %8.1f pages/s\n", pages->len * repeat / ((t1 - t0) / 1e6));
  g_print ("winnow HTML reader:  %8.1f pages/s (%.2fx the bare parse's time), %.0f blocks/page\n",
           pages->len * repeat / ((t2 - t1) / 1e6), (double) (t2 - t1) / (t1 - t0),
           (double) blocks / (pages->len * repeat));
  return 0;
}
