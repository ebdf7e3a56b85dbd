/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "winnow-pipeline.h"

G_BEGIN_DECLS

gboolean _winnow_pipeline_has_owner_thread_filters (WinnowPipeline *self,
                                                    GMainContext   *context);

G_END_DECLS
