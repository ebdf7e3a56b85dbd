/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* The plugin header: what a plugin module needs and bindings must not see
 * (the descriptor macro and the libxml2 tree of HTML documents). Include it
 * after <winnow/winnow.h>; it is not part of the introspection data. */

#include <gmodule.h>
#include <libxml/tree.h>
#include <winnow/winnow.h>

G_BEGIN_DECLS

/**
 * WINNOW_PLUGIN_ABI_VERSION:
 *
 * The version of the plugin ABI: the layout of #WinnowPluginDesc and of
 * #WinnowFilterClass. A module built against another version is not loaded.
 */
#define WINNOW_PLUGIN_ABI_VERSION 1

/**
 * WinnowPlugin:
 *
 * A loaded plugin module, handed to its init function.
 */
typedef struct _WinnowPlugin WinnowPlugin;

/**
 * WinnowPluginInitFunc:
 * @plugin: the plugin being loaded
 * @error: return location for a #GError
 *
 * A plugin's init function: it registers the plugin's filters with
 * winnow_plugin_register_filter().
 *
 * Returns: %TRUE on success
 */
typedef gboolean (*WinnowPluginInitFunc) (WinnowPlugin  *plugin,
                                          GError       **error);

/**
 * WinnowPluginDesc:
 * @abi_version: %WINNOW_PLUGIN_ABI_VERSION at build time
 * @name: the plugin's name
 * @description: what the plugin provides
 * @version: the plugin's version
 * @license: its license, as an SPDX identifier
 * @init: the init function
 *
 * The descriptor every plugin module exports, under the symbol name
 * `winnow_plugin_desc`. Define it with WINNOW_PLUGIN_DEFINE().
 */
typedef struct {
  guint32               abi_version;
  const char           *name;
  const char           *description;
  const char           *version;
  const char           *license;
  WinnowPluginInitFunc  init;
  /*< private >*/
  gpointer              padding[8];
} WinnowPluginDesc;

/**
 * WINNOW_PLUGIN_DESC_SYMBOL:
 *
 * The name of the symbol the loader looks up in a plugin module.
 */
#define WINNOW_PLUGIN_DESC_SYMBOL "winnow_plugin_desc"

/**
 * WINNOW_PLUGIN_DEFINE:
 * @name: the plugin's name, a string
 * @description: what it provides, a string
 * @init: its #WinnowPluginInitFunc
 * @version: its version, a string
 * @license: its SPDX license identifier, a string
 *
 * Defines the descriptor of a plugin module.
 */
#define WINNOW_PLUGIN_DEFINE(name, description, init, version, license) \
  G_MODULE_EXPORT const WinnowPluginDesc winnow_plugin_desc = {          \
    WINNOW_PLUGIN_ABI_VERSION, name, description, version, license,      \
    init, { NULL, }                                                      \
  };

WINNOW_AVAILABLE_IN_ALL
gboolean    winnow_plugin_register_filter (WinnowPlugin      *plugin,
                                           const char        *name,
                                           GType              type,
                                           GError           **error);
WINNOW_AVAILABLE_IN_ALL
const char *winnow_plugin_get_name        (WinnowPlugin      *plugin);
WINNOW_AVAILABLE_IN_ALL
const char *winnow_plugin_get_filename    (WinnowPlugin      *plugin);

WINNOW_AVAILABLE_IN_ALL
xmlDoc     *winnow_document_get_html_tree (WinnowDocument    *document);
WINNOW_AVAILABLE_IN_ALL
xmlNode    *winnow_block_get_node         (const WinnowBlock *block);
WINNOW_AVAILABLE_IN_ALL
WinnowBlock *winnow_document_get_block_for_node (WinnowDocument *document,
                                                 xmlNode        *node);

G_END_DECLS
