/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* A plugin whose init fails after registering a filter: the filter must
 * be withdrawn. */
#include <winnow/winnow.h>
#include <winnow/winnow-plugin.h>

#define FAILING_TYPE_FILTER (failing_filter_get_type ())
G_DECLARE_FINAL_TYPE (FailingFilter, failing_filter, FAILING, FILTER, WinnowFilter)

struct _FailingFilter
{
  WinnowFilter parent_instance;
};

G_DEFINE_FINAL_TYPE (FailingFilter, failing_filter, WINNOW_TYPE_FILTER)

static void
failing_filter_class_init (FailingFilterClass *klass)
{
}

static void
failing_filter_init (FailingFilter *self)
{
}

static gboolean
failing_init (WinnowPlugin  *plugin,
              GError       **error)
{
  if (!winnow_plugin_register_filter (plugin, "half-registered", FAILING_TYPE_FILTER, error))
    return FALSE;
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "this plugin always fails");
  return FALSE;
}

WINNOW_PLUGIN_DEFINE ("failing-init", "Fails to initialise", failing_init,
                      "0.1.0", "LGPL-2.1-or-later")
