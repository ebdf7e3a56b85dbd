/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The entities plugin module: registers the entities filter. */

#include <winnow/winnow.h>
#include <winnow/winnow-plugin.h>

#include "winnow-entities-filter.h"

static gboolean
entities_plugin_init (WinnowPlugin  *plugin,
                      GError       **error)
{
  return winnow_plugin_register_filter (plugin, "entities", WINNOW_TYPE_ENTITIES_FILTER, error);
}

WINNOW_PLUGIN_DEFINE ("entities",
                      "Named entities (people, organisations, places) and dates, times, money, percentages, e-mails and URLs",
                      entities_plugin_init, "0.1.0", "LGPL-2.1-or-later")
