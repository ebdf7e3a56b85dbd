/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* A module that is not a Winnow plugin: it exports no descriptor. */
#include <gmodule.h>

G_MODULE_EXPORT int not_a_plugin (void);

G_MODULE_EXPORT int
not_a_plugin (void)
{
  return 42;
}
