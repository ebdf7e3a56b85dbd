/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <winnow/winnow.h>

G_BEGIN_DECLS

typedef enum {
  TEST_LABEL_MODE_NORMAL,
  TEST_LABEL_MODE_INVERT,
} TestLabelMode;

GType test_label_mode_get_type (void);
#define TEST_TYPE_LABEL_MODE (test_label_mode_get_type ())

#define TEST_TYPE_LABEL_FILTER (test_label_filter_get_type ())
G_DECLARE_FINAL_TYPE (TestLabelFilter, test_label_filter, TEST, LABEL_FILTER, WinnowFilter)

#define TEST_TYPE_FAIL_FILTER (test_fail_filter_get_type ())
G_DECLARE_FINAL_TYPE (TestFailFilter, test_fail_filter, TEST, FAIL_FILTER, WinnowFilter)

G_END_DECLS
