/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "mg-feed-parser.h"

G_BEGIN_DECLS

/* The validating layer the feed parser reads the JSON tree through: each
 * read_* function takes one member, checks it against the format's rules for
 * its kind (a string, an id, a TEXT, an integer in a range, a time, a URL, a
 * list of objects) and keeps the JSON path to where the walk is, for the
 * error. What a feed holds, and how its parts relate, is for the parser
 * files (mg-feed-parser.c) to check; only they include this header.
 *
 * Every function that returns a gboolean returns FALSE with the error set
 * (through mg_feed_reader_fail(), naming the path) and stops there; on TRUE
 * the path is as it was before the call. */

/* One step of the path: a key (borrowed from the tree or static) or an array
 * index. Nesting is at most MG_FEED_MAX_DEPTH, and each level adds one
 * segment. */
typedef struct {
  const char *key;               /* NULL for an index */
  guint       index;
} MgFeedSegment;

#define MG_FEED_READER_MAX_SEGMENTS (MG_FEED_MAX_DEPTH + 8)

typedef struct {
  MgFeedSegment       segments[MG_FEED_READER_MAX_SEGMENTS];
  guint               n_segments;
  const char * const *languages;     /* for TEXT values, most wanted first */
  GError            **error;
  gboolean            long_strings;  /* some string is long enough to check */
} MgFeedReader;

/* Called by mg_feed_reader_read_objects() for each element, with the path at
 * the element ("states[3]"). @index is the element's index in the array.
 * Returns FALSE, with the error set through mg_feed_reader_fail(), to stop
 * the walk. */
typedef gboolean (*MgFeedElementFunc) (MgFeedReader *reader,
                                       JsonObject   *element,
                                       guint         index,
                                       gpointer      user_data);

void     mg_feed_members                   (JsonObject         *object,
                                            const char * const *names,
                                            guint               n,
                                            JsonNode          **nodes);
void     mg_feed_reader_init               (MgFeedReader       *reader,
                                            const char * const *languages,
                                            gboolean            long_strings,
                                            GError            **error);
gboolean mg_feed_parse_color               (const char         *text,
                                            guint32            *rgb);
gboolean mg_feed_reader_fail               (MgFeedReader       *reader,
                                            const char         *format,
                                            ...) G_GNUC_PRINTF (2, 3);
gboolean mg_feed_reader_check_strings      (MgFeedReader       *reader,
                                            JsonNode           *node);
gboolean mg_feed_reader_check_display_text (MgFeedReader       *reader,
                                            const char         *text,
                                            gboolean            multiline);
gboolean mg_feed_reader_read_string_node   (MgFeedReader       *reader,
                                            JsonNode           *node,
                                            const char         *name,
                                            gboolean            required,
                                            const char        **out);
gboolean mg_feed_reader_read_id_node       (MgFeedReader       *reader,
                                            JsonNode           *node,
                                            GHashTable         *seen,
                                            guint               index,
                                            const char        **out);
gboolean mg_feed_reader_read_text_node     (MgFeedReader       *reader,
                                            JsonNode           *node,
                                            const char         *name,
                                            gboolean            required,
                                            gboolean            multiline,
                                            const char        **out);
char    *mg_feed_dup_other_texts           (JsonNode           *text,
                                            const char         *shown);
gboolean mg_feed_reader_read_int_node      (MgFeedReader       *reader,
                                            JsonNode           *node,
                                            const char         *name,
                                            gboolean            required,
                                            gint64              min,
                                            gint64              max,
                                            gint64             *out);
gboolean mg_feed_reader_read_datetime_node (MgFeedReader       *reader,
                                            JsonNode           *node,
                                            const char         *name,
                                            GDateTime         **out);
gboolean mg_feed_reader_read_url           (MgFeedReader       *reader,
                                            JsonObject         *object,
                                            const char         *name,
                                            gboolean            required,
                                            const char        **out);
gboolean mg_feed_reader_read_objects_node  (MgFeedReader       *reader,
                                            JsonNode           *node,
                                            const char         *name,
                                            guint               min,
                                            guint               max,
                                            MgFeedElementFunc   func,
                                            gpointer            user_data);
gboolean mg_feed_reader_read_and_release_objects (MgFeedReader      *reader,
                                                  JsonObject        *object,
                                                  const char        *name,
                                                  guint              min,
                                                  guint              max,
                                                  MgFeedElementFunc  func,
                                                  gpointer           user_data);

/* The small helpers below run for every member of every party, so they are
 * inline here rather than calls into mg-feed-reader.c. */

/* Pushing returns a mark; popping to it drops what was pushed since. */
static inline guint
mg_feed_reader_push_key (MgFeedReader *reader,
                         const char   *key)
{
  guint mark = reader->n_segments;

  g_assert (mark < MG_FEED_READER_MAX_SEGMENTS);
  reader->segments[reader->n_segments++] = (MgFeedSegment) { key, 0 };
  return mark;
}

static inline guint
mg_feed_reader_push_index (MgFeedReader *reader,
                           guint         index)
{
  guint mark = reader->n_segments;

  g_assert (mark < MG_FEED_READER_MAX_SEGMENTS);
  reader->segments[reader->n_segments++] = (MgFeedSegment) { NULL, index };
  return mark;
}

static inline void
mg_feed_reader_pop (MgFeedReader *reader,
                    guint         mark)
{
  reader->n_segments = mark;
}

/* A member of @object, or NULL when absent: an explicit null counts as
 * absent. */
static inline JsonNode *
mg_feed_member (JsonObject *object,
                const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_NULL (node) ? NULL : node;
}

static inline gboolean
mg_feed_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static inline gboolean
mg_feed_is_integer (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
}

static inline gboolean
mg_feed_is_number (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && (json_node_get_value_type (node) == G_TYPE_INT64 ||
                                          json_node_get_value_type (node) == G_TYPE_DOUBLE);
}

/* The same reads on a member of @object by name, rather than on a node the
 * caller found itself (as the parser does for parties, in one pass). */

/* A plain string; *out is borrowed from the JSON tree. */
static inline gboolean
mg_feed_reader_read_string (MgFeedReader  *reader,
                            JsonObject    *object,
                            const char    *name,
                            gboolean       required,
                            const char   **out)
{
  return mg_feed_reader_read_string_node (reader, mg_feed_member (object, name), name, required,
                                          out);
}

/* An "id", unique among @seen. */
static inline gboolean
mg_feed_reader_read_id (MgFeedReader  *reader,
                        JsonObject    *object,
                        GHashTable    *seen,
                        guint          index,
                        const char   **out)
{
  return mg_feed_reader_read_id_node (reader, mg_feed_member (object, "id"), seen, index, out);
}

/* A TEXT, resolved against the reader's languages. */
static inline gboolean
mg_feed_reader_read_text (MgFeedReader  *reader,
                          JsonObject    *object,
                          const char    *name,
                          gboolean       required,
                          gboolean       multiline,
                          const char   **out)
{
  return mg_feed_reader_read_text_node (reader, mg_feed_member (object, name), name, required,
                                        multiline, out);
}

/* An integer within [min, max]; absent leaves *out untouched. */
static inline gboolean
mg_feed_reader_read_int (MgFeedReader *reader,
                         JsonObject   *object,
                         const char   *name,
                         gboolean      required,
                         gint64        min,
                         gint64        max,
                         gint64       *out)
{
  return mg_feed_reader_read_int_node (reader, mg_feed_member (object, name), name, required, min,
                                       max, out);
}

/* An ISO 8601 time with a zone; (transfer full) *out, NULL when absent. */
static inline gboolean
mg_feed_reader_read_datetime (MgFeedReader  *reader,
                              JsonObject    *object,
                              const char    *name,
                              GDateTime    **out)
{
  return mg_feed_reader_read_datetime_node (reader, mg_feed_member (object, name), name, out);
}

/* A list of objects, each handed to @func. */
static inline gboolean
mg_feed_reader_read_objects (MgFeedReader      *reader,
                             JsonObject        *object,
                             const char        *name,
                             guint              min,
                             guint              max,
                             MgFeedElementFunc  func,
                             gpointer           user_data)
{
  return mg_feed_reader_read_objects_node (reader, mg_feed_member (object, name), name, min, max,
                                           func, user_data);
}

G_END_DECLS
