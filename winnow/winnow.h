/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#define __WINNOW_INSIDE__

#include "winnow-visibility.h"
#include "winnow-version.h"
#include "winnow-enum-types.h"
#include "winnow-block.h"
#include "winnow-span.h"
#include "winnow-document.h"
#include "winnow-reader.h"
#include "winnow-filter.h"
#include "winnow-registry.h"
#include "winnow-input.h"
#include "winnow-pipeline.h"
#include "winnow-json.h"
#include "winnow-data.h"
#include "winnow-extract.h"
#include "winnow-tokenizer.h"

#undef __WINNOW_INSIDE__
