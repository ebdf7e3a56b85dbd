/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "winnow-data.h"

static char **
search_path (const char *variable,
             const char *installed)
{
  GPtrArray *dirs = g_ptr_array_new ();
  const char *env = g_getenv (variable);

  if (env && *env)
    {
      g_auto(GStrv) parts = g_strsplit (env, G_SEARCHPATH_SEPARATOR_S, -1);
      for (guint i = 0; parts[i]; i++)
        if (*parts[i])
          g_ptr_array_add (dirs, g_strdup (parts[i]));
    }
  if (installed)
    g_ptr_array_add (dirs, g_strdup (installed));
  g_ptr_array_add (dirs, NULL);
  return (char **) g_ptr_array_free (dirs, FALSE);
}

/**
 * winnow_get_data_dirs:
 *
 * The directories searched for models and word lists: each directory of
 * `$WINNOW_DATA_PATH` (separated by `:`), then the installed data directory.
 *
 * Returns: (transfer full) (array zero-terminated=1): the directories
 */
char **
winnow_get_data_dirs (void)
{
  return search_path ("WINNOW_DATA_PATH", WINNOW_DATADIR);
}

/**
 * winnow_get_plugin_dirs:
 *
 * The directories searched for plugin modules: each directory of
 * `$WINNOW_PLUGIN_PATH`, then the installed plugin directory — unless
 * `$WINNOW_PLUGIN_SYSTEM_PATH` is set, which replaces the installed one
 * (set it empty to ignore installed plugins, as the test suite does).
 *
 * Returns: (transfer full) (array zero-terminated=1): the directories
 */
char **
winnow_get_plugin_dirs (void)
{
  const char *system = g_getenv ("WINNOW_PLUGIN_SYSTEM_PATH");

  if (system == NULL)
    system = WINNOW_PLUGINSDIR;
  return search_path ("WINNOW_PLUGIN_PATH", *system ? system : NULL);
}

/**
 * winnow_find_data_file:
 * @relative_path: a path below the data directories, such as
 *   `entities/model.bin`
 *
 * Finds a data file in the directories of winnow_get_data_dirs().
 *
 * Returns: (transfer full) (nullable) (type filename): the full path of
 *   the first match, or %NULL
 */
char *
winnow_find_data_file (const char *relative_path)
{
  g_auto(GStrv) dirs = NULL;

  g_return_val_if_fail (relative_path != NULL, NULL);
  dirs = winnow_get_data_dirs ();
  for (guint i = 0; dirs[i]; i++)
    {
      g_autofree char *path = g_build_filename (dirs[i], relative_path, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&path);
    }
  return NULL;
}

/**
 * winnow_get_version:
 *
 * Returns: the version of the Winnow library in use, e.g. "0.1.0"
 */
const char *
winnow_get_version (void)
{
  return WINNOW_VERSION;
}
