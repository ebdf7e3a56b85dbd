/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <winnow/winnow.h>
#include <winnow/winnow-plugin.h>

#include "winnow-byline-filter.h"

static gboolean
byline_plugin_init (WinnowPlugin  *plugin,
                    GError       **error)
{
  return winnow_plugin_register_filter (plugin, "byline",
                                        WINNOW_TYPE_BYLINE_FILTER, error);
}

WINNOW_PLUGIN_DEFINE ("byline",
                      "Byline parser: authors, e-mails, affiliation and dates of an article",
                      byline_plugin_init, "0.1.0", "LGPL-2.1-or-later")
