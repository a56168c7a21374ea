/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Reads RFC 4180 CSV from memory, a row at a time. */
typedef struct {
  const char *data;
  gsize       length;
  gsize       pos;
  guint       line;      /* the line the next character is on, from 1 */
  guint       row_line;  /* the line the last row read began on */
  GString    *text;      /* the last row's fields, each ended by a NUL */
  GArray     *starts;    /* where each field starts in text */
} MgCsvReader;

gsize    mg_csv_bom_length  (const char   *data,
                             gsize         length);
void     mg_csv_reader_init (MgCsvReader  *reader,
                             const char   *data,
                             gsize         length);
void     mg_csv_reader_clear (MgCsvReader *reader);
gboolean mg_csv_reader_next (MgCsvReader  *reader,
                             GPtrArray    *fields,
                             gboolean     *done,
                             GError      **error);

G_END_DECLS
