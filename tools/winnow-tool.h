/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of the winnow tool. */
enum {
  WINNOW_EXIT_OK = 0,
  WINNOW_EXIT_INPUT_FAILED = 1,
  WINNOW_EXIT_USAGE = 2,
};

int winnow_run_command     (int argc, char **argv);
int winnow_inspect_command (int argc, char **argv);

G_END_DECLS
