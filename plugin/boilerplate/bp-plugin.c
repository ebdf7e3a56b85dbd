/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The boilerplate plugin module: registers the "boilerplate" filter. */

#include <winnow/winnow.h>
#include <winnow/winnow-plugin.h>

#include "winnow-boilerplate-filter.h"

static gboolean
boilerplate_plugin_init (WinnowPlugin  *plugin,
                         GError       **error)
{
  return winnow_plugin_register_filter (plugin, "boilerplate",
                                        WINNOW_TYPE_BOILERPLATE_FILTER, error);
}

WINNOW_PLUGIN_DEFINE ("boilerplate",
                      "Main-content extraction: labels boilerplate blocks and finds the headline",
                      boilerplate_plugin_init, "0.1.0", "LGPL-2.1-or-later")
