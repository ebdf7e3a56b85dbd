/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <winnow/winnow.h>

G_BEGIN_DECLS

/* What several test programs share: the test plugin and the seed. */
char           *test_plugin_path           (const char *dir_variable,
                                            const char *module);
WinnowRegistry *test_plugin_registry       (void);
char           *test_seed_path             (void);
WinnowBlock    *test_find_block            (WinnowDocument *document,
                                            const char     *needle);
WinnowDocument *test_run_pipeline          (const char     *description,
                                            const char     *content_type,
                                            const char     *data);
char           *test_author_names          (WinnowDocument *doc);

G_END_DECLS
