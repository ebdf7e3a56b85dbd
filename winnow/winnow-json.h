/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(__WINNOW_INSIDE__) && !defined(WINNOW_COMPILATION)
#error "Only <winnow/winnow.h> can be included directly."
#endif

#include <json-glib/json-glib.h>
#include "winnow-visibility.h"
#include "winnow-document.h"

G_BEGIN_DECLS

/**
 * WINNOW_JSON_SCHEMA:
 *
 * The version of the JSON record shape written by winnow_document_to_json().
 */
#define WINNOW_JSON_SCHEMA 1

WINNOW_AVAILABLE_IN_ALL
JsonNode *winnow_document_to_json_node (WinnowDocument *document);
WINNOW_AVAILABLE_IN_ALL
char     *winnow_document_to_json      (WinnowDocument *document,
                                        gboolean        pretty);
WINNOW_AVAILABLE_IN_ALL
JsonNode *winnow_error_to_json_node    (const char     *source_name,
                                        const char     *pipeline,
                                        const GError   *error);

G_END_DECLS
