/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "winnow-registry.h"
#include "winnow-plugin.h"
#include "winnow-data.h"
#include "winnow-filter-private.h"
#include "winnow-names-private.h"

/**
 * WinnowRegistry:
 *
 * Maps filter names (`[a-z][a-z0-9-]*`) to filter types. Filters come
 * from plugin modules — found in `$WINNOW_PLUGIN_PATH`, then in the
 * installed plugin directory — and from types registered at run time, such
 * as a filter class written in Python or JavaScript.
 *
 * The registry is thread-safe.
 */

struct _WinnowFilterInfo
{
  gatomicrefcount    ref_count;
  char              *name;
  GType              type;
  WinnowFilterFlags  flags;
  char              *plugin_name;
  char              *plugin_version;
  char              *plugin_license;
  char              *filename;
};

struct _WinnowPlugin
{
  WinnowRegistry         *registry;
  const WinnowPluginDesc *desc;
  char                   *filename;
  GPtrArray              *registered;  /* names, for rollback */
};

struct _WinnowRegistry
{
  GObject     parent_instance;
  GMutex      lock;
  GHashTable *filters;        /* name → WinnowFilterInfo */
  GHashTable *plugin_names;   /* names of loaded plugins */
  GHashTable *loaded_files;
};

G_DEFINE_FINAL_TYPE (WinnowRegistry, winnow_registry, G_TYPE_OBJECT)
G_DEFINE_BOXED_TYPE (WinnowFilterInfo, winnow_filter_info, winnow_filter_info_ref, winnow_filter_info_unref)
G_DEFINE_QUARK (winnow-registry-error-quark, winnow_registry_error)

/**
 * winnow_filter_info_ref:
 * @info: a #WinnowFilterInfo
 *
 * Returns: (transfer full): @info
 */
WinnowFilterInfo *
winnow_filter_info_ref (WinnowFilterInfo *info)
{
  g_return_val_if_fail (info != NULL, NULL);
  g_atomic_ref_count_inc (&info->ref_count);
  return info;
}

/**
 * winnow_filter_info_unref:
 * @info: (transfer full): a #WinnowFilterInfo
 *
 * Drops a reference.
 */
void
winnow_filter_info_unref (WinnowFilterInfo *info)
{
  g_return_if_fail (info != NULL);
  if (!g_atomic_ref_count_dec (&info->ref_count))
    return;
  g_free (info->name);
  g_free (info->plugin_name);
  g_free (info->plugin_version);
  g_free (info->plugin_license);
  g_free (info->filename);
  g_free (info);
}

/**
 * winnow_filter_info_get_name:
 * @info: a #WinnowFilterInfo
 *
 * Returns: the filter's registry name
 */
const char *
winnow_filter_info_get_name (WinnowFilterInfo *info)
{
  g_return_val_if_fail (info != NULL, NULL);
  return info->name;
}

/**
 * winnow_filter_info_get_filter_type:
 * @info: a #WinnowFilterInfo
 *
 * Returns: the filter's #GType
 */
GType
winnow_filter_info_get_filter_type (WinnowFilterInfo *info)
{
  g_return_val_if_fail (info != NULL, G_TYPE_INVALID);
  return info->type;
}

static WinnowFilterClass *
info_class (WinnowFilterInfo *info)
{
  return g_type_class_peek (info->type);
}

/**
 * winnow_filter_info_get_long_name:
 * @info: a #WinnowFilterInfo
 *
 * Returns: (nullable): the filter's human-readable name
 */
const char *
winnow_filter_info_get_long_name (WinnowFilterInfo *info)
{
  g_return_val_if_fail (info != NULL, NULL);
  return winnow_filter_class_get_long_name (info_class (info));
}

/**
 * winnow_filter_info_get_description:
 * @info: a #WinnowFilterInfo
 *
 * Returns: (nullable): what the filter does
 */
const char *
winnow_filter_info_get_description (WinnowFilterInfo *info)
{
  g_return_val_if_fail (info != NULL, NULL);
  return winnow_filter_class_get_description (info_class (info));
}

/**
 * winnow_filter_info_get_flags:
 * @info: a #WinnowFilterInfo
 *
 * Returns: the threading needs given at registration
 */
WinnowFilterFlags
winnow_filter_info_get_flags (WinnowFilterInfo *info)
{
  g_return_val_if_fail (info != NULL, 0);
  return info->flags;
}

/**
 * winnow_filter_info_get_plugin_name:
 * @info: a #WinnowFilterInfo
 *
 * Returns: (nullable): the plugin the filter came from, or %NULL for a
 *   type registered at run time
 */
const char *
winnow_filter_info_get_plugin_name (WinnowFilterInfo *info)
{
  g_return_val_if_fail (info != NULL, NULL);
  return info->plugin_name;
}

/**
 * winnow_filter_info_get_plugin_version:
 * @info: a #WinnowFilterInfo
 *
 * Returns: (nullable): the version of the plugin
 */
const char *
winnow_filter_info_get_plugin_version (WinnowFilterInfo *info)
{
  g_return_val_if_fail (info != NULL, NULL);
  return info->plugin_version;
}

/**
 * winnow_filter_info_get_plugin_license:
 * @info: a #WinnowFilterInfo
 *
 * Returns: (nullable): the license of the plugin
 */
const char *
winnow_filter_info_get_plugin_license (WinnowFilterInfo *info)
{
  g_return_val_if_fail (info != NULL, NULL);
  return info->plugin_license;
}

/**
 * winnow_filter_info_get_filename:
 * @info: a #WinnowFilterInfo
 *
 * Returns: (nullable) (type filename): the module file of the plugin
 */
const char *
winnow_filter_info_get_filename (WinnowFilterInfo *info)
{
  g_return_val_if_fail (info != NULL, NULL);
  return info->filename;
}

static void
winnow_registry_finalize (GObject *object)
{
  WinnowRegistry *self = WINNOW_REGISTRY (object);

  g_hash_table_unref (self->filters);
  g_hash_table_unref (self->plugin_names);
  g_hash_table_unref (self->loaded_files);
  g_mutex_clear (&self->lock);
  G_OBJECT_CLASS (winnow_registry_parent_class)->finalize (object);
}

static void
winnow_registry_class_init (WinnowRegistryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = winnow_registry_finalize;
}

static void
winnow_registry_init (WinnowRegistry *self)
{
  g_mutex_init (&self->lock);
  self->filters = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                         (GDestroyNotify) winnow_filter_info_unref);
  self->plugin_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->loaded_files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * winnow_registry_new:
 *
 * Creates an empty registry, e.g. for tests; applications use
 * winnow_registry_get_default().
 *
 * Returns: (transfer full): a new, empty registry
 */
WinnowRegistry *
winnow_registry_new (void)
{
  return g_object_new (WINNOW_TYPE_REGISTRY, NULL);
}

/**
 * winnow_registry_get_default:
 *
 * The registry of the process. On first use it loads the plugins of
 * winnow_get_plugin_dirs().
 *
 * Returns: (transfer none): the default registry
 */
WinnowRegistry *
winnow_registry_get_default (void)
{
  static WinnowRegistry *registry;

  if (g_once_init_enter (&registry))
    {
      WinnowRegistry *r = winnow_registry_new ();
      winnow_registry_scan_default_paths (r);
      g_once_init_leave (&registry, r);
    }
  return registry;
}

static gboolean
register_locked (WinnowRegistry   *self,
                 const char       *name,
                 GType             type,
                 WinnowFilterFlags flags,
                 WinnowPlugin     *plugin,
                 GError          **error)
{
  WinnowFilterInfo *info;

  if (!_winnow_is_valid_filter_name (name))
    {
      g_set_error (error, WINNOW_REGISTRY_ERROR, WINNOW_REGISTRY_ERROR_INVALID_NAME,
                   "“%s” is not a valid filter name: use lower-case letters, digits "
                   "and dashes, starting with a letter", name ? name : "(null)");
      return FALSE;
    }
  if (!g_type_is_a (type, WINNOW_TYPE_FILTER) || G_TYPE_IS_ABSTRACT (type))
    {
      g_set_error (error, WINNOW_REGISTRY_ERROR, WINNOW_REGISTRY_ERROR_NOT_A_FILTER,
                   "Type %s is not an instantiatable WinnowFilter", g_type_name (type));
      return FALSE;
    }
  if (g_hash_table_contains (self->filters, name))
    {
      g_set_error (error, WINNOW_REGISTRY_ERROR, WINNOW_REGISTRY_ERROR_DUPLICATE,
                   "A filter named “%s” is already registered", name);
      return FALSE;
    }

  /* Keep the class alive: inspect reads its metadata and properties. */
  g_type_class_ref (type);
  info = g_new0 (WinnowFilterInfo, 1);
  g_atomic_ref_count_init (&info->ref_count);
  info->name = g_strdup (name);
  info->type = type;
  info->flags = flags;
  if (plugin)
    {
      info->plugin_name = g_strdup (plugin->desc->name);
      info->plugin_version = g_strdup (plugin->desc->version);
      info->plugin_license = g_strdup (plugin->desc->license);
      info->filename = g_strdup (plugin->filename);
      g_ptr_array_add (plugin->registered, info->name);
    }
  g_hash_table_insert (self->filters, info->name, info);
  return TRUE;
}

/**
 * winnow_registry_register:
 * @self: a #WinnowRegistry
 * @name: the filter name, `[a-z][a-z0-9-]*`
 * @type: a #WinnowFilter subtype that is not abstract
 * @flags: threading needs added to every filter created under @name
 *   (%WINNOW_FILTER_FLAG_SERIAL for a Python class,
 *   %WINNOW_FILTER_FLAG_OWNER_THREAD for a JavaScript one)
 * @error: return location for a #GError
 *
 * Registers a filter type under a name, so pipeline descriptions can use it.
 *
 * Returns: %TRUE on success
 */
gboolean
winnow_registry_register (WinnowRegistry    *self,
                          const char        *name,
                          GType              type,
                          WinnowFilterFlags  flags,
                          GError           **error)
{
  gboolean ok;

  g_return_val_if_fail (WINNOW_IS_REGISTRY (self), FALSE);
  g_mutex_lock (&self->lock);
  ok = register_locked (self, name, type, flags, NULL, error);
  g_mutex_unlock (&self->lock);
  return ok;
}

/**
 * winnow_registry_lookup:
 * @self: a #WinnowRegistry
 * @name: a filter name
 *
 * Returns: (transfer full) (nullable): what the registry knows of the
 *   filter, or %NULL if no filter has that name
 */
WinnowFilterInfo *
winnow_registry_lookup (WinnowRegistry *self,
                        const char     *name)
{
  WinnowFilterInfo *info;

  g_return_val_if_fail (WINNOW_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_mutex_lock (&self->lock);
  info = g_hash_table_lookup (self->filters, name);
  if (info)
    winnow_filter_info_ref (info);
  g_mutex_unlock (&self->lock);
  return info;
}

static int
compare_infos (gconstpointer a,
               gconstpointer b)
{
  const WinnowFilterInfo *ia = *(WinnowFilterInfo * const *) a;
  const WinnowFilterInfo *ib = *(WinnowFilterInfo * const *) b;
  return strcmp (ia->name, ib->name);
}

/**
 * winnow_registry_list_filters:
 * @self: a #WinnowRegistry
 *
 * The array owns its elements (it unrefs them when freed), so it is
 * annotated (transfer container): with (transfer full), PyGObject unrefs
 * every element and then the array, whose free function unrefs them again.
 *
 * Returns: (transfer container) (element-type WinnowFilterInfo): every
 *   registered filter, sorted by name; free with g_ptr_array_unref()
 */
GPtrArray *
winnow_registry_list_filters (WinnowRegistry *self)
{
  GPtrArray *list;
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (WINNOW_IS_REGISTRY (self), NULL);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) winnow_filter_info_unref);
  g_mutex_lock (&self->lock);
  g_hash_table_iter_init (&iter, self->filters);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (list, winnow_filter_info_ref (value));
  g_mutex_unlock (&self->lock);
  g_ptr_array_sort (list, compare_infos);
  return list;
}

/**
 * winnow_registry_suggest_name:
 * @self: a #WinnowRegistry
 * @name: a misspelt filter name
 *
 * Returns: (transfer full) (nullable): the registered name closest to
 *   @name, if one is close enough to be a likely meaning
 */
char *
winnow_registry_suggest_name (WinnowRegistry *self,
                              const char     *name)
{
  g_autoptr(GPtrArray) list = NULL;
  const char *best = NULL;
  guint best_distance = G_MAXUINT;

  g_return_val_if_fail (WINNOW_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  list = winnow_registry_list_filters (self);
  for (guint i = 0; i < list->len; i++)
    {
      WinnowFilterInfo *info = list->pdata[i];
      guint d = _winnow_edit_distance (name, info->name);
      if (d < best_distance)
        {
          best_distance = d;
          best = info->name;
        }
    }
  return best && _winnow_is_likely_misspelling (name, best_distance) ? g_strdup (best) : NULL;
}

/**
 * winnow_registry_create_filter_with_properties:
 * @self: a #WinnowRegistry
 * @name: a filter name
 * @n_properties: the number of properties
 * @names: (array length=n_properties): property names
 * @values: (array length=n_properties): property values
 * @error: return location for a #GError
 *
 * Creates a filter with initial properties.
 *
 * Returns: (transfer full): the filter, or %NULL if no filter has that name
 */
WinnowFilter *
winnow_registry_create_filter_with_properties (WinnowRegistry  *self,
                                               const char      *name,
                                               guint            n_properties,
                                               const char     **names,
                                               const GValue    *values,
                                               GError         **error)
{
  g_autoptr(WinnowFilterInfo) info = NULL;
  g_autofree const char **all_names = NULL;
  g_autofree GValue *all_values = NULL;
  WinnowFilter *filter;

  g_return_val_if_fail (WINNOW_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  info = winnow_registry_lookup (self, name);
  if (info == NULL)
    {
      g_autofree char *suggestion = winnow_registry_suggest_name (self, name);
      g_set_error (error, WINNOW_REGISTRY_ERROR, WINNOW_REGISTRY_ERROR_NO_SUCH_FILTER,
                   "No filter named “%s”%s%s%s", name,
                   suggestion ? " (did you mean “" : "", suggestion ? suggestion : "",
                   suggestion ? "”?)" : "");
      return NULL;
    }

  all_names = g_new0 (const char *, n_properties + 1);
  all_values = g_new0 (GValue, n_properties + 1);
  for (guint i = 0; i < n_properties; i++)
    {
      all_names[i] = names[i];
      g_value_init (&all_values[i], G_VALUE_TYPE (&values[i]));
      g_value_copy (&values[i], &all_values[i]);
    }
  all_names[n_properties] = "name";
  g_value_init (&all_values[n_properties], G_TYPE_STRING);
  g_value_set_string (&all_values[n_properties], name);

  filter = WINNOW_FILTER (g_object_new_with_properties (info->type, n_properties + 1,
                                                        all_names, all_values));
  for (guint i = 0; i <= n_properties; i++)
    g_value_unset (&all_values[i]);
  if (info->flags)
    winnow_filter_set_flags (filter, winnow_filter_get_flags (filter) | info->flags);
  return filter;
}

/**
 * winnow_registry_create_filter:
 * @self: a #WinnowRegistry
 * @name: a filter name
 * @error: return location for a #GError
 *
 * Creates a filter with default properties.
 *
 * Returns: (transfer full): the filter, or %NULL if no filter has that name
 */
WinnowFilter *
winnow_registry_create_filter (WinnowRegistry  *self,
                               const char      *name,
                               GError         **error)
{
  return winnow_registry_create_filter_with_properties (self, name, 0, NULL, NULL, error);
}

/**
 * winnow_plugin_register_filter:
 * @plugin: the plugin being loaded
 * @name: the filter name
 * @type: the filter type
 * @error: return location for a #GError
 *
 * Registers a filter of a plugin; call it from the plugin's init function.
 *
 * Returns: %TRUE on success
 */
gboolean
winnow_plugin_register_filter (WinnowPlugin  *plugin,
                               const char    *name,
                               GType          type,
                               GError       **error)
{
  g_return_val_if_fail (plugin != NULL, FALSE);
  /* The registry lock is held by the loader around init. */
  return register_locked (plugin->registry, name, type, 0, plugin, error);
}

/**
 * winnow_plugin_get_name:
 * @plugin: a plugin
 *
 * Returns: the plugin's name, from its descriptor
 */
const char *
winnow_plugin_get_name (WinnowPlugin *plugin)
{
  g_return_val_if_fail (plugin != NULL, NULL);
  return plugin->desc->name;
}

/**
 * winnow_plugin_get_filename:
 * @plugin: a plugin
 *
 * Returns: the module file the plugin was loaded from
 */
const char *
winnow_plugin_get_filename (WinnowPlugin *plugin)
{
  g_return_val_if_fail (plugin != NULL, NULL);
  return plugin->filename;
}

/**
 * winnow_registry_load_plugin:
 * @self: a #WinnowRegistry
 * @filename: (type filename): a plugin module file
 * @error: return location for a #GError
 *
 * Loads a plugin module: opens it, checks its descriptor and ABI version,
 * calls its init function, and keeps it resident. A module whose plugin
 * name is already loaded (the same plugin found in two directories) is
 * skipped without error: the first found wins.
 *
 * Returns: %TRUE if the plugin is loaded (or was already)
 */
gboolean
winnow_registry_load_plugin (WinnowRegistry  *self,
                             const char      *filename,
                             GError         **error)
{
  GModule *module;
  gpointer symbol = NULL;
  const WinnowPluginDesc *desc;
  WinnowPlugin plugin = { 0 };
  GError *init_error = NULL;
  gboolean ok;

  g_return_val_if_fail (WINNOW_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);

  g_mutex_lock (&self->lock);
  if (g_hash_table_contains (self->loaded_files, filename))
    {
      g_mutex_unlock (&self->lock);
      return TRUE;
    }

  module = g_module_open (filename, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  if (module == NULL)
    {
      g_set_error (error, WINNOW_REGISTRY_ERROR, WINNOW_REGISTRY_ERROR_PLUGIN_OPEN,
                   "Cannot open plugin %s: %s", filename, g_module_error ());
      g_mutex_unlock (&self->lock);
      return FALSE;
    }
  if (!g_module_symbol (module, WINNOW_PLUGIN_DESC_SYMBOL, &symbol) || symbol == NULL)
    {
      g_set_error (error, WINNOW_REGISTRY_ERROR, WINNOW_REGISTRY_ERROR_PLUGIN_NO_DESCRIPTOR,
                   "%s is not a Winnow plugin: it has no “%s” descriptor",
                   filename, WINNOW_PLUGIN_DESC_SYMBOL);
      g_module_close (module);
      g_mutex_unlock (&self->lock);
      return FALSE;
    }
  desc = symbol;
  if (desc->abi_version != WINNOW_PLUGIN_ABI_VERSION)
    {
      g_set_error (error, WINNOW_REGISTRY_ERROR, WINNOW_REGISTRY_ERROR_PLUGIN_ABI,
                   "Plugin %s was built for plugin ABI %u, this Winnow has ABI %u",
                   filename, desc->abi_version, WINNOW_PLUGIN_ABI_VERSION);
      g_module_close (module);
      g_mutex_unlock (&self->lock);
      return FALSE;
    }
  if (desc->name == NULL || desc->init == NULL)
    {
      g_set_error (error, WINNOW_REGISTRY_ERROR, WINNOW_REGISTRY_ERROR_PLUGIN_NO_DESCRIPTOR,
                   "Plugin %s has an incomplete descriptor (no name or init function)",
                   filename);
      g_module_close (module);
      g_mutex_unlock (&self->lock);
      return FALSE;
    }
  if (g_hash_table_contains (self->plugin_names, desc->name))
    {
      g_debug ("Plugin “%s” already loaded; skipping %s", desc->name, filename);
      g_module_close (module);
      g_hash_table_add (self->loaded_files, g_strdup (filename));
      g_mutex_unlock (&self->lock);
      return TRUE;
    }

  plugin.registry = self;
  plugin.desc = desc;
  plugin.filename = (char *) filename;
  plugin.registered = g_ptr_array_new ();
  ok = desc->init (&plugin, &init_error);
  if (!ok)
    {
      /* Types cannot be unregistered, so the module stays loaded; its
       * filters are withdrawn. */
      for (guint i = 0; i < plugin.registered->len; i++)
        g_hash_table_remove (self->filters, plugin.registered->pdata[i]);
      g_set_error (error, WINNOW_REGISTRY_ERROR, WINNOW_REGISTRY_ERROR_PLUGIN_INIT,
                   "Plugin %s failed to initialise: %s", filename,
                   init_error ? init_error->message : "no reason given");
      g_clear_error (&init_error);
    }
  else
    {
      g_hash_table_add (self->plugin_names, g_strdup (desc->name));
      g_hash_table_add (self->loaded_files, g_strdup (filename));
    }
  g_module_make_resident (module);
  g_ptr_array_unref (plugin.registered);
  g_mutex_unlock (&self->lock);
  return ok;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static guint
scan_directory (WinnowRegistry *self,
                const char     *directory,
                guint           depth)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  const char *entry;
  guint loaded = 0;

  /* Plugins sit at most a few levels down; a symlink loop stops here. */
  if (depth > 4)
    return 0;
  dir = g_dir_open (directory, 0, NULL);
  if (dir == NULL)
    return 0;
  entries = g_ptr_array_new_with_free_func (g_free);
  while ((entry = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (entries, g_build_filename (directory, entry, NULL));
  g_ptr_array_sort (entries, compare_strings);

  for (guint i = 0; i < entries->len; i++)
    {
      const char *path = entries->pdata[i];
      g_autoptr(GError) error = NULL;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          loaded += scan_directory (self, path, depth + 1);
          continue;
        }
      if (!g_str_has_suffix (path, "." G_MODULE_SUFFIX))
        continue;
      if (winnow_registry_load_plugin (self, path, &error))
        loaded++;
      else
        g_warning ("Skipping plugin %s: %s", path, error->message);
    }
  return loaded;
}

/**
 * winnow_registry_scan_directory:
 * @self: a #WinnowRegistry
 * @directory: (type filename): a directory
 *
 * Loads every plugin module in @directory and its subdirectories, in
 * sorted order. A module that cannot be loaded is skipped with a warning
 * naming the file and the reason.
 *
 * Returns: the number of modules loaded
 */
guint
winnow_registry_scan_directory (WinnowRegistry *self,
                                const char     *directory)
{
  g_return_val_if_fail (WINNOW_IS_REGISTRY (self), 0);
  g_return_val_if_fail (directory != NULL, 0);
  return scan_directory (self, directory, 0);
}

/**
 * winnow_registry_scan_default_paths:
 * @self: a #WinnowRegistry
 *
 * Loads the plugins of every directory of winnow_get_plugin_dirs().
 */
void
winnow_registry_scan_default_paths (WinnowRegistry *self)
{
  g_auto(GStrv) dirs = winnow_get_plugin_dirs ();

  g_return_if_fail (WINNOW_IS_REGISTRY (self));
  for (guint i = 0; dirs[i]; i++)
    winnow_registry_scan_directory (self, dirs[i]);
}
