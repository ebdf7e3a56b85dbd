/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "winnow-span.h"

struct _WinnowSpan
{
  gatomicrefcount  ref_count;
  gsize            start;
  gsize            end;
  const char      *label;   /* interned */
  double           score;
  const char      *filter;  /* interned */
  char            *value;
};

G_DEFINE_BOXED_TYPE (WinnowSpan, winnow_span, winnow_span_ref, winnow_span_unref)

/**
 * winnow_span_new:
 * @start: UTF-8 byte offset of the first byte in the document's source text
 * @end: byte offset just past the last byte; not before @start
 * @label: the label, e.g. `PERSON`, `DATE`, `AUTHOR`
 * @score: confidence in [0, 1]
 * @filter: (nullable): the name of the filter that made the span
 * @value: (nullable): a normalised value (an ISO 8601 date, a full name)
 *
 * Creates a span. Add it to a document with winnow_document_add_span().
 *
 * Returns: (transfer full): a new span
 */
WinnowSpan *
winnow_span_new (gsize       start,
                 gsize       end,
                 const char *label,
                 double      score,
                 const char *filter,
                 const char *value)
{
  WinnowSpan *span;

  g_return_val_if_fail (end >= start, NULL);
  g_return_val_if_fail (label != NULL, NULL);

  span = g_new0 (WinnowSpan, 1);
  g_atomic_ref_count_init (&span->ref_count);
  span->start = start;
  span->end = end;
  span->label = g_intern_string (label);
  span->score = CLAMP (score, 0.0, 1.0);
  span->filter = filter ? g_intern_string (filter) : NULL;
  span->value = g_strdup (value);
  return span;
}

/**
 * winnow_span_ref:
 * @span: a #WinnowSpan
 *
 * Returns: (transfer full): @span
 */
WinnowSpan *
winnow_span_ref (WinnowSpan *span)
{
  g_return_val_if_fail (span != NULL, NULL);
  g_atomic_ref_count_inc (&span->ref_count);
  return span;
}

/**
 * winnow_span_unref:
 * @span: (transfer full): a #WinnowSpan
 *
 * Drops a reference.
 */
void
winnow_span_unref (WinnowSpan *span)
{
  g_return_if_fail (span != NULL);
  if (!g_atomic_ref_count_dec (&span->ref_count))
    return;
  g_free (span->value);
  g_free (span);
}

/**
 * winnow_span_get_start:
 * @span: a #WinnowSpan
 *
 * Returns: the UTF-8 byte offset of the span's first byte
 */
gsize
winnow_span_get_start (const WinnowSpan *span)
{
  g_return_val_if_fail (span != NULL, 0);
  return span->start;
}

/**
 * winnow_span_get_end:
 * @span: a #WinnowSpan
 *
 * Returns: the byte offset just past the span's last byte
 */
gsize
winnow_span_get_end (const WinnowSpan *span)
{
  g_return_val_if_fail (span != NULL, 0);
  return span->end;
}

/**
 * winnow_span_get_label:
 * @span: a #WinnowSpan
 *
 * Returns: the label
 */
const char *
winnow_span_get_label (const WinnowSpan *span)
{
  g_return_val_if_fail (span != NULL, NULL);
  return span->label;
}

/**
 * winnow_span_get_score:
 * @span: a #WinnowSpan
 *
 * Returns: the confidence, in [0, 1]
 */
double
winnow_span_get_score (const WinnowSpan *span)
{
  g_return_val_if_fail (span != NULL, 0.0);
  return span->score;
}

/**
 * winnow_span_get_filter:
 * @span: a #WinnowSpan
 *
 * Returns: (nullable): the name of the filter that made the span
 */
const char *
winnow_span_get_filter (const WinnowSpan *span)
{
  g_return_val_if_fail (span != NULL, NULL);
  return span->filter;
}

/**
 * winnow_span_get_value:
 * @span: a #WinnowSpan
 *
 * Returns: (nullable): the normalised value, if any
 */
const char *
winnow_span_get_value (const WinnowSpan *span)
{
  g_return_val_if_fail (span != NULL, NULL);
  return span->value;
}
