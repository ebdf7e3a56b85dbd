/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "winnow-pipeline.h"

G_BEGIN_DECLS

GMainContext *_winnow_pipeline_get_owned_context (WinnowPipeline *self);

G_END_DECLS
