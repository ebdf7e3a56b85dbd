/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <winnow/winnow.h>

G_BEGIN_DECLS

/* The inputs of `winnow run`, expanded lazily: files as given, directories
 * walked recursively in sorted order (pages and text files, also gzipped),
 * `-` for standard input. */
typedef struct _InputWalker InputWalker;

InputWalker *input_walker_new  (char       **arguments);
void         input_walker_free (InputWalker *walker);
WinnowInput *input_walker_next (gpointer     walker);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InputWalker, input_walker_free)

G_END_DECLS
