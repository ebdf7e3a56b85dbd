/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* A plugin built for a future ABI: the loader must refuse it. */
#include <winnow/winnow.h>
#include <winnow/winnow-plugin.h>

static gboolean
wrong_abi_init (WinnowPlugin  *plugin,
                GError       **error)
{
  g_error ("The init function of a plugin with the wrong ABI must never run");
  return FALSE;
}

G_MODULE_EXPORT const WinnowPluginDesc winnow_plugin_desc = {
  WINNOW_PLUGIN_ABI_VERSION + 1, "wrong-abi", "Built for another ABI", "0.1.0",
  "LGPL-2.1-or-later", wrong_abi_init, { NULL, }
};
