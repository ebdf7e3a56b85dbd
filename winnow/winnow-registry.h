/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(__WINNOW_INSIDE__) && !defined(WINNOW_COMPILATION)
#error "Only <winnow/winnow.h> can be included directly."
#endif

#include <glib-object.h>
#include "winnow-visibility.h"
#include "winnow-filter.h"

G_BEGIN_DECLS

/**
 * WINNOW_REGISTRY_ERROR:
 *
 * Error domain of the filter registry and the plugin loader. Errors in
 * this domain are from the #WinnowRegistryError enumeration.
 */
#define WINNOW_REGISTRY_ERROR (winnow_registry_error_quark ())

/**
 * WinnowRegistryError:
 * @WINNOW_REGISTRY_ERROR_INVALID_NAME: a filter name is not of the form `[a-z][a-z0-9-]*`
 * @WINNOW_REGISTRY_ERROR_DUPLICATE: a filter of that name is already registered
 * @WINNOW_REGISTRY_ERROR_NOT_A_FILTER: the type is not an instantiatable #WinnowFilter
 * @WINNOW_REGISTRY_ERROR_NO_SUCH_FILTER: no filter of that name is registered
 * @WINNOW_REGISTRY_ERROR_PLUGIN_OPEN: a plugin module could not be opened
 * @WINNOW_REGISTRY_ERROR_PLUGIN_NO_DESCRIPTOR: a module has no plugin descriptor
 * @WINNOW_REGISTRY_ERROR_PLUGIN_ABI: a plugin was built for another ABI version
 * @WINNOW_REGISTRY_ERROR_PLUGIN_INIT: a plugin's init function failed
 *
 * Errors of the registry and plugin loader.
 */
typedef enum {
  WINNOW_REGISTRY_ERROR_INVALID_NAME,
  WINNOW_REGISTRY_ERROR_DUPLICATE,
  WINNOW_REGISTRY_ERROR_NOT_A_FILTER,
  WINNOW_REGISTRY_ERROR_NO_SUCH_FILTER,
  WINNOW_REGISTRY_ERROR_PLUGIN_OPEN,
  WINNOW_REGISTRY_ERROR_PLUGIN_NO_DESCRIPTOR,
  WINNOW_REGISTRY_ERROR_PLUGIN_ABI,
  WINNOW_REGISTRY_ERROR_PLUGIN_INIT,
} WinnowRegistryError;

/**
 * WinnowFilterInfo:
 *
 * What the registry knows of one filter: its name, type, class metadata and
 * the plugin it came from.
 */
typedef struct _WinnowFilterInfo WinnowFilterInfo;

#define WINNOW_TYPE_FILTER_INFO (winnow_filter_info_get_type ())

WINNOW_AVAILABLE_IN_ALL
GType             winnow_filter_info_get_type        (void) G_GNUC_CONST;
WINNOW_AVAILABLE_IN_ALL
WinnowFilterInfo *winnow_filter_info_ref             (WinnowFilterInfo *info);
WINNOW_AVAILABLE_IN_ALL
void              winnow_filter_info_unref           (WinnowFilterInfo *info);
WINNOW_AVAILABLE_IN_ALL
const char       *winnow_filter_info_get_name        (WinnowFilterInfo *info);
WINNOW_AVAILABLE_IN_ALL
GType             winnow_filter_info_get_filter_type (WinnowFilterInfo *info);
WINNOW_AVAILABLE_IN_ALL
const char       *winnow_filter_info_get_long_name   (WinnowFilterInfo *info);
WINNOW_AVAILABLE_IN_ALL
const char       *winnow_filter_info_get_description (WinnowFilterInfo *info);
WINNOW_AVAILABLE_IN_ALL
WinnowFilterFlags winnow_filter_info_get_flags       (WinnowFilterInfo *info);
WINNOW_AVAILABLE_IN_ALL
const char       *winnow_filter_info_get_plugin_name (WinnowFilterInfo *info);
WINNOW_AVAILABLE_IN_ALL
const char       *winnow_filter_info_get_plugin_version (WinnowFilterInfo *info);
WINNOW_AVAILABLE_IN_ALL
const char       *winnow_filter_info_get_plugin_license (WinnowFilterInfo *info);
WINNOW_AVAILABLE_IN_ALL
const char       *winnow_filter_info_get_filename    (WinnowFilterInfo *info);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WinnowFilterInfo, winnow_filter_info_unref)

#define WINNOW_TYPE_REGISTRY (winnow_registry_get_type ())

WINNOW_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (WinnowRegistry, winnow_registry, WINNOW, REGISTRY, GObject)

WINNOW_AVAILABLE_IN_ALL
GQuark            winnow_registry_error_quark     (void);

WINNOW_AVAILABLE_IN_ALL
WinnowRegistry   *winnow_registry_get_default     (void);
WINNOW_AVAILABLE_IN_ALL
WinnowRegistry   *winnow_registry_new             (void);
WINNOW_AVAILABLE_IN_ALL
gboolean          winnow_registry_register        (WinnowRegistry  *self,
                                                   const char      *name,
                                                   GType            type,
                                                   WinnowFilterFlags flags,
                                                   GError         **error);
WINNOW_AVAILABLE_IN_ALL
WinnowFilterInfo *winnow_registry_lookup          (WinnowRegistry  *self,
                                                   const char      *name);
WINNOW_AVAILABLE_IN_ALL
GPtrArray        *winnow_registry_list_filters    (WinnowRegistry  *self);
WINNOW_AVAILABLE_IN_ALL
char             *winnow_registry_suggest_name    (WinnowRegistry  *self,
                                                   const char      *name);
WINNOW_AVAILABLE_IN_ALL
WinnowFilter     *winnow_registry_create_filter   (WinnowRegistry  *self,
                                                   const char      *name,
                                                   GError         **error);
WINNOW_AVAILABLE_IN_ALL
WinnowFilter     *winnow_registry_create_filter_with_properties (WinnowRegistry  *self,
                                                                 const char      *name,
                                                                 guint            n_properties,
                                                                 const char     **names,
                                                                 const GValue    *values,
                                                                 GError         **error);
WINNOW_AVAILABLE_IN_ALL
gboolean          winnow_registry_load_plugin     (WinnowRegistry  *self,
                                                   const char      *filename,
                                                   GError         **error);
WINNOW_AVAILABLE_IN_ALL
guint             winnow_registry_scan_directory  (WinnowRegistry  *self,
                                                   const char      *directory);
WINNOW_AVAILABLE_IN_ALL
void              winnow_registry_scan_default_paths (WinnowRegistry *self);

G_END_DECLS
