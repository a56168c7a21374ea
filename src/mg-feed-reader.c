/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-feed-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <stdarg.h>
#include <string.h>

#include "mg-feed-reader.h"

/* The feed parser's reading layer (see mg-feed-reader.h): every kind of
 * member a feed has, read and checked the same way wherever it appears, and
 * the JSON path kept for the error. */

/* Segments [0, n) written as "states[1].parties[0].won". */
static void
append_path (GString             *out,
             const MgFeedSegment *segments,
             guint                n)
{
  for (guint i = 0; i < n; i++)
    {
      if (segments[i].key != NULL)
        {
          if (out->len > 0)
            g_string_append_c (out, '.');
          g_string_append (out, segments[i].key);
        }
      else
        {
          g_string_append_printf (out, "[%u]", segments[i].index);
        }
    }
}

/* The members @names[0, n) of @object, in one pass over it rather than a
 * hash lookup (hashing the name, comparing keys) for each: nodes[i] is the
 * member names[i], NULL when absent or null, as mg_feed_member() gives it. */
void
mg_feed_members (JsonObject         *object,
                 const char * const *names,
                 guint               n,
                 JsonNode          **nodes)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  memset (nodes, 0, n * sizeof (JsonNode *));
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &key, &node))
    {
      if (JSON_NODE_HOLDS_NULL (node))
        continue;
      for (guint i = 0; i < n; i++)
        {
          if (key[0] == names[i][0] && strcmp (key, names[i]) == 0)
            {
              nodes[i] = node;
              break;
            }
        }
    }
}

/* Sets the error as "path: reason" and returns FALSE. */
gboolean
mg_feed_reader_fail (MgFeedReader *reader,
                     const char   *format,
                     ...)
{
  g_autofree char *reason = NULL;
  g_autoptr (GString) path = g_string_new (NULL);
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  append_path (path, reader->segments, reader->n_segments);
  g_set_error (reader->error, MG_FEED_ERROR, MG_FEED_ERROR_INVALID, "%s: %s",
               path->len > 0 ? path->str : _("(document)"), reason);
  return FALSE;
}

/* Ready to read a tree; @long_strings is what mg_feed_prescan() found. */
void
mg_feed_reader_init (MgFeedReader       *reader,
                     const char * const *languages,
                     gboolean            long_strings,
                     GError            **error)
{
  reader->n_segments = 0;
  reader->languages = languages;
  reader->error = error;
  reader->long_strings = long_strings;
}

/* Every string anywhere in the document, keys included, within the limit. */
gboolean
mg_feed_reader_check_strings (MgFeedReader *reader,
                              JsonNode     *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        g_autoptr (GList) keys = json_object_get_members (object);

        /* Members in document order, so the first problem is the one reported. */
        for (GList *l = keys; l != NULL; l = l->next)
          {
            const char *key = l->data;
            guint mark = mg_feed_reader_push_key (reader, key);

            if (strlen (key) > MG_FEED_MAX_STRING)
              return mg_feed_reader_fail (reader, _("key is longer than %d KiB"),
                                          MG_FEED_MAX_STRING / 1024);
            if (!mg_feed_reader_check_strings (reader, json_object_get_member (object, key)))
              return FALSE;
            mg_feed_reader_pop (reader, mark);
          }
      }
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        for (guint i = 0; i < n; i++)
          {
            guint mark = mg_feed_reader_push_index (reader, i);

            if (!mg_feed_reader_check_strings (reader, json_array_get_element (array, i)))
              return FALSE;
            mg_feed_reader_pop (reader, mark);
          }
      }
      break;
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING &&
          strlen (json_node_get_string (node)) > MG_FEED_MAX_STRING)
        return mg_feed_reader_fail (reader, _("string is longer than %d KiB"),
                                    MG_FEED_MAX_STRING / 1024);
      break;
    case JSON_NODE_NULL:
    default:
      break;
    }
  return TRUE;
}

/* Control characters and the bidirectional embedding, override and isolate
 * marks could reorder or hide what a name says, so names refuse them. The
 * first one in @text, or 0 (with *bidi telling which kind it is). */
static gunichar
refused_character (const char *text,
                   gboolean    multiline,
                   gboolean   *bidi)
{
  /* A byte scan: the characters refused all have short, fixed encodings
   * (C0 and DEL as one byte, C1 as C2 80–9F, the bidi controls as
   * E2 80 AA–AE and E2 81 A6–A9), and the text is valid UTF-8 already. */
  *bidi = FALSE;
  for (const guchar *p = (const guchar *) text; *p; p++)
    {
      guchar b = *p;

      /* Most bytes: printable ASCII, or UTF-8 that cannot start one of
       * the sequences refused below. */
      if (G_LIKELY ((b >= 0x20 && b < 0x7f) || (b >= 0x80 && b != 0xc2 && b != 0xe2)))
        continue;
      if (b < 0x20 || b == 0x7f)
        {
          if (multiline && (b == '\n' || b == '\t'))
            continue;
          return b;
        }
      if (b == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)
        return p[1];
      if (b == 0xe2 && ((p[1] == 0x80 && p[2] >= 0xaa && p[2] <= 0xae) ||
                        (p[1] == 0x81 && p[2] >= 0xa6 && p[2] <= 0xa9)))
        {
          *bidi = TRUE;
          return g_utf8_get_char ((const char *) p);
        }
    }
  return 0;
}

gboolean
mg_feed_reader_check_display_text (MgFeedReader *reader,
                                   const char   *text,
                                   gboolean      multiline)
{
  gboolean bidi;
  gunichar refused = refused_character (text, multiline, &bidi);

  if (refused == 0)
    return TRUE;
  if (bidi)
    return mg_feed_reader_fail (reader, _("contains a bidirectional control character (U+%04X)"),
                                refused);
  return mg_feed_reader_fail (reader, _("contains a control character (U+%04X)"), refused);
}

/* A plain string member, given as its node (NULL when absent). *out is
 * borrowed from the JSON tree. */
gboolean
mg_feed_reader_read_string_node (MgFeedReader  *reader,
                                 JsonNode      *node,
                                 const char    *name,
                                 gboolean       required,
                                 const char   **out)
{
  guint mark;
  gboolean ok = TRUE;

  *out = NULL;
  mark = mg_feed_reader_push_key (reader, name);
  if (node == NULL)
    ok = required ? mg_feed_reader_fail (reader, _("is required")) : TRUE;
  else if (!mg_feed_is_string (node))
    ok = mg_feed_reader_fail (reader, _("must be a string"));
  else
    *out = json_node_get_string (node);
  if (ok)
    mg_feed_reader_pop (reader, mark);
  return ok;
}

static gboolean
is_valid_id (const char *id)
{
  gsize len = strlen (id);

  if (len < 1 || len > 32)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!(g_ascii_islower (id[i]) || g_ascii_isdigit (id[i]) || id[i] == '-'))
      return FALSE;
  return TRUE;
}

/* An "id" member, unique among @seen (id → 1 + its element's index). The
 * path is "…list[index]" here, so where the id was first used is the same
 * path with the first index. */
gboolean
mg_feed_reader_read_id_node (MgFeedReader  *reader,
                             JsonNode      *node,
                             GHashTable    *seen,
                             guint          index,
                             const char   **out)
{
  gpointer first;
  guint mark;

  if (!mg_feed_reader_read_string_node (reader, node, "id", TRUE, out))
    return FALSE;

  mark = mg_feed_reader_push_key (reader, "id");
  if (!is_valid_id (*out))
    return mg_feed_reader_fail (reader, _("must be 1 to 32 characters from a–z, 0–9 and “-”"));
  first = g_hash_table_lookup (seen, *out);
  if (first != NULL)
    {
      g_autoptr (GString) first_path = g_string_new (NULL);
      MgFeedSegment *element = &reader->segments[mark - 1];

      /* The same path up to this element, with the first one's index. */
      g_assert (mark > 0 && element->key == NULL);
      element->index = GPOINTER_TO_UINT (first) - 1;
      append_path (first_path, reader->segments, mark);
      element->index = index;
      return mg_feed_reader_fail (reader, _("duplicate id “%s”, already used at %s"), *out,
                                  first_path->str);
    }
  mg_feed_reader_pop (reader, mark);

  g_hash_table_insert (seen, (char *) *out, GUINT_TO_POINTER (index + 1));
  return TRUE;
}

/* The translations worth choosing among, noted as they are seen. */
typedef struct {
  const char *english;
  const char *preferred;       /* the one for the most wanted UI language */
  guint       preferred_rank;  /* its index in the UI languages */
} Choice;

#define CHOICE_INIT { NULL, NULL, G_MAXUINT }

static void
note_translation (Choice             *choice,
                  const char * const *languages,
                  const char         *lang,
                  const char         *text)
{
  if (strcmp (lang, "en") == 0)
    choice->english = text;
  for (guint i = 0; languages != NULL && languages[i] != NULL && i < choice->preferred_rank; i++)
    {
      if (strcmp (lang, languages[i]) == 0)
        {
          choice->preferred = text;
          choice->preferred_rank = i;
          break;
        }
    }
}

/* The wanted language's text, else English, else NULL. */
static const char *
chosen_translation (const Choice *choice)
{
  return choice->preferred != NULL ? choice->preferred : choice->english;
}

typedef struct {
  MgFeedReader *reader;
  gboolean      multiline;
  gboolean      ok;
  const char   *first;      /* the first translation in document order */
  Choice        choice;
} TextCheck;

static void
check_translation (JsonObject *texts,
                   const char *lang,
                   JsonNode   *value,
                   gpointer    user_data)
{
  TextCheck *check = user_data;
  guint mark;

  if (!check->ok)
    return;
  mark = mg_feed_reader_push_key (check->reader, lang);
  if (!mg_feed_is_string (value))
    check->ok = mg_feed_reader_fail (check->reader, _("must be a string"));
  else if (!mg_feed_reader_check_display_text (check->reader, json_node_get_string (value),
                                               check->multiline))
    check->ok = FALSE;
  if (!check->ok)
    return;
  mg_feed_reader_pop (check->reader, mark);

  /* Which language this is, noted on the way rather than looked up after. */
  if (check->first == NULL)
    check->first = json_node_get_string (value);
  note_translation (&check->choice, check->reader->languages, lang, json_node_get_string (value));
}

/* The common case in one pass over the object in hash order, with no
 * lookups: every translation fine, and one in a wanted language or English.
 * Anything else (a problem to report, or falling back to the first in
 * document order) is left to the ordered walk. */
static gboolean
choose_translation_quickly (MgFeedReader  *reader,
                            JsonObject    *texts,
                            gboolean       multiline,
                            const char   **chosen)
{
  JsonObjectIter iter;
  Choice choice = CHOICE_INIT;
  const char *lang;
  JsonNode *value;
  gboolean bidi;

  json_object_iter_init (&iter, texts);
  while (json_object_iter_next (&iter, &lang, &value))
    {
      const char *text;

      if (!mg_feed_is_string (value))
        return FALSE;
      text = json_node_get_string (value);
      if (refused_character (text, multiline, &bidi) != 0)
        return FALSE;
      note_translation (&choice, reader->languages, lang, text);
    }
  *chosen = chosen_translation (&choice);
  return *chosen != NULL;
}

/* A TEXT member: a string, or an object of language → string resolved
 * against the UI languages, falling back to "en", then to any. */
gboolean
mg_feed_reader_read_text_node (MgFeedReader  *reader,
                               JsonNode      *node,
                               const char    *name,
                               gboolean       required,
                               gboolean       multiline,
                               const char   **out)
{
  guint mark = mg_feed_reader_push_key (reader, name);
  const char *chosen = NULL;

  *out = NULL;
  if (node == NULL)
    {
      if (required)
        return mg_feed_reader_fail (reader, _("is required"));
      mg_feed_reader_pop (reader, mark);
      return TRUE;
    }

  if (mg_feed_is_string (node))
    {
      chosen = json_node_get_string (node);
      if (!mg_feed_reader_check_display_text (reader, chosen, multiline))
        return FALSE;
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *texts = json_node_get_object (node);
      TextCheck check = { reader, multiline, TRUE, NULL, CHOICE_INIT };

      if (!choose_translation_quickly (reader, texts, multiline, &chosen))
        {
          /* In document order (without copying the member list), so the
           * first problem is the one reported. */
          json_object_foreach_member (texts, check_translation, &check);
          if (!check.ok)
            return FALSE;
          if (check.first == NULL)
            return mg_feed_reader_fail (reader, _("must give the text in at least one language"));
          chosen = chosen_translation (&check.choice);
          if (chosen == NULL)
            chosen = check.first;
        }
    }
  else
    {
      return mg_feed_reader_fail (reader, _("must be a string or an object of translations"));
    }

  if (required && *chosen == '\0')
    return mg_feed_reader_fail (reader, _("must not be empty"));
  *out = chosen;
  mg_feed_reader_pop (reader, mark);
  return TRUE;
}

/**
 * mg_feed_dup_other_texts:
 * @text: (nullable): a TEXT member already read
 * @shown: the translation read of it
 *
 * Returns: (transfer full) (nullable): @text's other translations, a line
 *   each, for finding a thing by its name in another language; %NULL when
 *   it has none
 */
char *
mg_feed_dup_other_texts (JsonNode   *text,
                         const char *shown)
{
  GString *names = NULL;
  JsonObjectIter iter;
  const char *language;
  JsonNode *value;

  if (text == NULL || !JSON_NODE_HOLDS_OBJECT (text))
    return NULL;
  json_object_iter_init (&iter, json_node_get_object (text));
  while (json_object_iter_next (&iter, &language, &value))
    if (mg_feed_is_string (value) && g_strcmp0 (json_node_get_string (value), shown) != 0)
      {
        if (names == NULL)
          names = g_string_new (NULL);
        g_string_append_printf (names, "%s\n", json_node_get_string (value));
      }
  return names != NULL ? g_string_free (names, FALSE) : NULL;
}

/* An integer member within [min, max]; absent leaves *out untouched. */
gboolean
mg_feed_reader_read_int_node (MgFeedReader *reader,
                              JsonNode     *node,
                              const char   *name,
                              gboolean      required,
                              gint64        min,
                              gint64        max,
                              gint64       *out)
{
  guint mark = mg_feed_reader_push_key (reader, name);
  gint64 value;

  if (node == NULL)
    {
      if (required)
        return mg_feed_reader_fail (reader, _("is required"));
      mg_feed_reader_pop (reader, mark);
      return TRUE;
    }
  if (!mg_feed_is_integer (node) || (value = json_node_get_int (node)) < min)
    {
      if (min == 0)
        return mg_feed_reader_fail (reader, _("must be an integer ≥ 0"));
      return mg_feed_reader_fail (reader, _("must be an integer from %d to %d"), (int) min,
                                  (int) max);
    }
  if (value > max)
    return mg_feed_reader_fail (reader, _("must be at most %d"), (int) max);

  *out = value;
  mg_feed_reader_pop (reader, mark);
  return TRUE;
}

/* An ISO 8601 time with a zone, given as its node (NULL when absent). */
gboolean
mg_feed_reader_read_datetime_node (MgFeedReader  *reader,
                                   JsonNode      *node,
                                   const char    *name,
                                   GDateTime    **out)
{
  const char *text;
  guint mark;

  *out = NULL;
  if (!mg_feed_reader_read_string_node (reader, node, name, FALSE, &text))
    return FALSE;
  if (text == NULL)
    return TRUE;

  mark = mg_feed_reader_push_key (reader, name);
  *out = g_date_time_new_from_iso8601 (text, NULL);
  if (*out == NULL)
    return mg_feed_reader_fail (reader, _("must be an ISO 8601 date and time with a time zone, "
                                          "like 2022-12-08T13:05:00+05:30"));
  mg_feed_reader_pop (reader, mark);
  return TRUE;
}

gboolean
mg_feed_reader_read_url (MgFeedReader  *reader,
                         JsonObject    *object,
                         const char    *name,
                         gboolean       required,
                         const char   **out)
{
  g_autoptr (GUri) uri = NULL;
  guint mark;

  if (!mg_feed_reader_read_string (reader, object, name, required, out))
    return FALSE;
  if (*out == NULL)
    return TRUE;

  mark = mg_feed_reader_push_key (reader, name);
  uri = g_uri_parse (*out, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL ||
      (g_ascii_strcasecmp (g_uri_get_scheme (uri), "http") != 0 &&
       g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") != 0) ||
      g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    return mg_feed_reader_fail (reader, _("must be an http or https URL"));
  if (!mg_feed_reader_check_display_text (reader, *out, FALSE))
    return FALSE;
  mg_feed_reader_pop (reader, mark);
  return TRUE;
}

/* An array member @name of objects, given as its node (NULL when absent,
 * which counts as none), with from @min to @max of them, each handed to
 * @func in document order. Every list of things in a feed is read through
 * here. */
static gboolean
read_objects (MgFeedReader      *reader,
              JsonNode          *node,
              const char        *name,
              guint              min,
              guint              max,
              gboolean           release,
              MgFeedElementFunc  func,
              gpointer           user_data)
{
  guint mark = mg_feed_reader_push_key (reader, name);
  JsonArray *array;
  guint n;

  if (node == NULL)
    {
      if (min > 0)
        return mg_feed_reader_fail (reader, _("is required"));
      mg_feed_reader_pop (reader, mark);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return mg_feed_reader_fail (reader, _("must be an array"));

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  if (n < min || n > max)
    return mg_feed_reader_fail (reader, _("must have from %u to %u entries, not %u"), min, max,
                                n);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      guint element_mark = mg_feed_reader_push_index (reader, i);

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return mg_feed_reader_fail (reader, _("must be an object"));
      if (!func (reader, json_node_get_object (element), i, user_data))
        return FALSE;
      if (release)
        json_node_init_null (element);
      mg_feed_reader_pop (reader, element_mark);
    }

  mg_feed_reader_pop (reader, mark);
  return TRUE;
}

gboolean
mg_feed_reader_read_objects_node (MgFeedReader      *reader,
                                  JsonNode          *node,
                                  const char        *name,
                                  guint              min,
                                  guint              max,
                                  MgFeedElementFunc  func,
                                  gpointer           user_data)
{
  return read_objects (reader, node, name, min, max, FALSE, func, user_data);
}

/* Like mg_feed_reader_read_objects(), but each element's part of the JSON
 * tree is freed as soon as @func has read it, while it is still in the
 * cache: freed with the whole tree at the end, it would be fetched from
 * memory a second time. @func must keep no pointer into its element. */
gboolean
mg_feed_reader_read_and_release_objects (MgFeedReader      *reader,
                                         JsonObject        *object,
                                         const char        *name,
                                         guint              min,
                                         guint              max,
                                         MgFeedElementFunc  func,
                                         gpointer           user_data)
{
  return read_objects (reader, mg_feed_member (object, name), name, min, max, TRUE, func,
                       user_data);
}
