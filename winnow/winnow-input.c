/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "winnow-input.h"

struct _WinnowInput
{
  gatomicrefcount  ref_count;
  GFile           *file;
  GBytes          *bytes;
  char            *name;
};

G_DEFINE_BOXED_TYPE (WinnowInput, winnow_input, winnow_input_ref, winnow_input_unref)

/**
 * winnow_input_new_for_file:
 * @file: a file
 *
 * Returns: (transfer full): an input that reads @file
 */
WinnowInput *
winnow_input_new_for_file (GFile *file)
{
  WinnowInput *input;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  input = g_new0 (WinnowInput, 1);
  g_atomic_ref_count_init (&input->ref_count);
  input->file = g_object_ref (file);
  input->name = g_file_get_path (file);
  if (input->name == NULL)
    input->name = g_file_get_uri (file);
  return input;
}

/**
 * winnow_input_new_for_path:
 * @path: (type filename): a file path
 *
 * Returns: (transfer full): an input that reads the file at @path, named
 *   by @path as given
 */
WinnowInput *
winnow_input_new_for_path (const char *path)
{
  g_autoptr(GFile) file = NULL;
  WinnowInput *input;

  g_return_val_if_fail (path != NULL, NULL);
  file = g_file_new_for_path (path);
  input = winnow_input_new_for_file (file);
  g_free (input->name);
  input->name = g_strdup (path);
  return input;
}

/**
 * winnow_input_new_for_bytes:
 * @bytes: the content
 * @name: (nullable): the name to report it under
 *
 * Returns: (transfer full): an input holding @bytes
 */
WinnowInput *
winnow_input_new_for_bytes (GBytes     *bytes,
                            const char *name)
{
  WinnowInput *input;

  g_return_val_if_fail (bytes != NULL, NULL);
  input = g_new0 (WinnowInput, 1);
  g_atomic_ref_count_init (&input->ref_count);
  input->bytes = g_bytes_ref (bytes);
  input->name = g_strdup (name);
  return input;
}

/**
 * winnow_input_ref:
 * @input: a #WinnowInput
 *
 * Returns: (transfer full): @input
 */
WinnowInput *
winnow_input_ref (WinnowInput *input)
{
  g_return_val_if_fail (input != NULL, NULL);
  g_atomic_ref_count_inc (&input->ref_count);
  return input;
}

/**
 * winnow_input_unref:
 * @input: (transfer full): a #WinnowInput
 *
 * Drops a reference.
 */
void
winnow_input_unref (WinnowInput *input)
{
  g_return_if_fail (input != NULL);
  if (!g_atomic_ref_count_dec (&input->ref_count))
    return;
  g_clear_object (&input->file);
  g_clear_pointer (&input->bytes, g_bytes_unref);
  g_free (input->name);
  g_free (input);
}

/**
 * winnow_input_get_name:
 * @input: a #WinnowInput
 *
 * Returns: (nullable): the name the input is reported under
 */
const char *
winnow_input_get_name (WinnowInput *input)
{
  g_return_val_if_fail (input != NULL, NULL);
  return input->name;
}

/**
 * winnow_input_get_file:
 * @input: a #WinnowInput
 *
 * Returns: (transfer none) (nullable): the file, for a file input
 */
GFile *
winnow_input_get_file (WinnowInput *input)
{
  g_return_val_if_fail (input != NULL, NULL);
  return input->file;
}

/**
 * winnow_input_get_bytes:
 * @input: a #WinnowInput
 *
 * Returns: (transfer none) (nullable): the bytes, for a bytes input
 */
GBytes *
winnow_input_get_bytes (WinnowInput *input)
{
  g_return_val_if_fail (input != NULL, NULL);
  return input->bytes;
}
