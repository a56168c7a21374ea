/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-csv-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mg-csv-reader.h"
#include "mg-feed-parser.h"

/* RFC 4180: fields separated by commas, rows by LF or CRLF; a field in
 * double quotes may hold commas, line ends and quotes (doubled). An
 * optional UTF-8 byte-order mark starts the data. Pure: memory in, rows
 * out, every error naming its line. */

/**
 * mg_csv_bom_length:
 *
 * Returns: the length of the UTF-8 byte-order mark @data starts with: 3,
 * or 0 without one
 */
gsize
mg_csv_bom_length (const char *data,
                   gsize       length)
{
  return length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

void
mg_csv_reader_init (MgCsvReader *reader,
                    const char  *data,
                    gsize        length)
{
  *reader = (MgCsvReader) { data, length, mg_csv_bom_length (data, length), 1, 1,
                            g_string_sized_new (1024), g_array_new (FALSE, FALSE, sizeof (gsize)) };
}

void
mg_csv_reader_clear (MgCsvReader *reader)
{
  if (reader->text != NULL)
    g_string_free (reader->text, TRUE);
  if (reader->starts != NULL)
    g_array_unref (reader->starts);
  reader->text = NULL;
  reader->starts = NULL;
}

static gboolean
at_row_end (MgCsvReader *reader)
{
  const char *p = reader->data + reader->pos;
  gsize left = reader->length - reader->pos;

  return left == 0 || *p == '\n' || (*p == '\r' && (left == 1 || p[1] == '\n'));
}

/* Past the line end at the position, if any. */
static void
skip_row_end (MgCsvReader *reader)
{
  if (reader->pos < reader->length && reader->data[reader->pos] == '\r')
    reader->pos++;
  if (reader->pos < reader->length && reader->data[reader->pos] == '\n')
    {
      reader->pos++;
      reader->line++;
    }
}

static gboolean
read_quoted (MgCsvReader *reader,
             GError     **error)
{
  GString *field = reader->text;
  guint start_line = reader->line;

  reader->pos++;
  for (;;)
    {
      const char *p = reader->data + reader->pos;
      gsize left = reader->length - reader->pos;
      const char *quote = memchr (p, '"', left);
      gsize run = quote != NULL ? (gsize) (quote - p) : left;

      for (gsize i = 0; i < run; i++)
        if (p[i] == '\n')
          reader->line++;
      g_string_append_len (field, p, run);
      reader->pos += run;
      if (quote == NULL)
        {
          g_set_error (error, MG_FEED_ERROR, MG_FEED_ERROR_SYNTAX,
                       /* TRANSLATORS: a CSV file's field opened with a quote and never closed */
                       _("line %u: a quoted field is never closed"), start_line);
          return FALSE;
        }
      reader->pos++;
      if (reader->pos < reader->length && reader->data[reader->pos] == '"')
        {
          g_string_append_c (field, '"');
          reader->pos++;
          continue;
        }
      if (reader->pos < reader->length && reader->data[reader->pos] != ',' && !at_row_end (reader))
        {
          g_set_error (error, MG_FEED_ERROR, MG_FEED_ERROR_SYNTAX,
                       _("line %u: text after a quoted field’s closing quote"), reader->line);
          return FALSE;
        }
      return TRUE;
    }
}

/**
 * mg_csv_reader_next:
 * @fields: (element-type utf8): receives the row's fields, as strings
 *   @reader owns until its next row (the array must not free them)
 * @done: set when there are no more rows
 *
 * Reads the next row, skipping empty lines; its first line is then in
 * @reader->row_line. A row's fields share one buffer, kept from row to row.
 *
 * Returns: %FALSE with @error set when the data is not CSV
 */
gboolean
mg_csv_reader_next (MgCsvReader *reader,
                    GPtrArray   *fields,
                    gboolean    *done,
                    GError     **error)
{
  g_ptr_array_set_size (fields, 0);
  g_string_truncate (reader->text, 0);
  g_array_set_size (reader->starts, 0);
  while (reader->pos < reader->length && at_row_end (reader))
    skip_row_end (reader);
  *done = reader->pos >= reader->length;
  if (*done)
    return TRUE;
  reader->row_line = reader->line;
  for (;;)
    {
      gsize field_start = reader->text->len;

      g_array_append_val (reader->starts, field_start);
      if (reader->pos < reader->length && reader->data[reader->pos] == '"')
        {
          if (!read_quoted (reader, error))
            return FALSE;
        }
      else
        {
          gsize start = reader->pos;

          while (reader->pos < reader->length && reader->data[reader->pos] != ',' && !at_row_end (reader))
            {
              if (reader->data[reader->pos] == '"')
                {
                  g_set_error (error, MG_FEED_ERROR, MG_FEED_ERROR_SYNTAX,
                               _("line %u: a quote inside a field that is not quoted"), reader->line);
                  return FALSE;
                }
              if (reader->data[reader->pos] == '\0')
                {
                  g_set_error (error, MG_FEED_ERROR, MG_FEED_ERROR_ENCODING,
                               _("line %u: a NUL byte; this is not a text file"), reader->line);
                  return FALSE;
                }
              reader->pos++;
            }
          g_string_append_len (reader->text, reader->data + start, reader->pos - start);
        }
      g_string_append_c (reader->text, '\0');
      if (reader->pos < reader->length && reader->data[reader->pos] == ',')
        {
          reader->pos++;
          continue;
        }
      skip_row_end (reader);
      /* The buffer has stopped moving: the fields can point into it. */
      for (guint i = 0; i < reader->starts->len; i++)
        g_ptr_array_add (fields, reader->text->str + g_array_index (reader->starts, gsize, i));
      return TRUE;
    }
}
