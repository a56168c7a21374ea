/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-feed-parser"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "mg-article.h"
#include "mg-election.h"
#include "mg-feed-parser.h"
#include "mg-feed-prescan.h"
#include "mg-party-result.h"
#include "mg-state-result.h"

/* Feed format v1: bytes in, a whole MgElection or one GError out. Every
 * rule of the format is checked here, and an error names the JSON path
 * ("states[1].parties[0].won") or the line and column where it broke. The
 * raw bytes are checked first (mg-feed-prescan.c), then parsed by json-glib,
 * then the tree is walked. */

G_DEFINE_QUARK (mg-feed-error-quark, mg_feed_error)

/* The JSON path to where the walk is, kept as segments and written out only
 * for an error: a key (borrowed from the tree or static) or an array index.
 * Nesting is at most MG_FEED_MAX_DEPTH, and each level adds one segment. */
typedef struct {
  const char *key;               /* NULL for an index */
  guint       index;
} Segment;

#define MAX_SEGMENTS (MG_FEED_MAX_DEPTH + 8)

typedef struct {
  Segment             segments[MAX_SEGMENTS];
  guint               n_segments;
  const char * const *languages;
  GError            **error;
  gboolean            long_strings;  /* some string is long enough to check */
} Ctx;

/* Segments [0, n) written as "states[1].parties[0].won". */
static void
append_path (GString       *out,
             const Segment *segments,
             guint          n)
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

static gboolean G_GNUC_PRINTF (2, 3)
fail (Ctx        *ctx,
      const char *format,
      ...)
{
  g_autofree char *reason = NULL;
  g_autoptr (GString) path = g_string_new (NULL);
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  append_path (path, ctx->segments, ctx->n_segments);
  g_set_error (ctx->error, MG_FEED_ERROR, MG_FEED_ERROR_INVALID, "%s: %s",
               path->len > 0 ? path->str : _("(document)"), reason);
  return FALSE;
}

static guint
push_key (Ctx        *ctx,
          const char *key)
{
  guint mark = ctx->n_segments;

  g_assert (mark < MAX_SEGMENTS);
  ctx->segments[ctx->n_segments++] = (Segment) { key, 0 };
  return mark;
}

static guint
push_index (Ctx   *ctx,
            guint  index)
{
  guint mark = ctx->n_segments;

  g_assert (mark < MAX_SEGMENTS);
  ctx->segments[ctx->n_segments++] = (Segment) { NULL, index };
  return mark;
}

static void
pop (Ctx   *ctx,
     guint  mark)
{
  ctx->n_segments = mark;
}

/* Every string anywhere in the document, keys included, within the limit. */
static gboolean
check_strings (Ctx      *ctx,
               JsonNode *node)
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
            guint mark = push_key (ctx, key);

            if (strlen (key) > MG_FEED_MAX_STRING)
              return fail (ctx, _("key is longer than %d KiB"), MG_FEED_MAX_STRING / 1024);
            if (!check_strings (ctx, json_object_get_member (object, key)))
              return FALSE;
            pop (ctx, mark);
          }
      }
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        for (guint i = 0; i < n; i++)
          {
            guint mark = push_index (ctx, i);

            if (!check_strings (ctx, json_array_get_element (array, i)))
              return FALSE;
            pop (ctx, mark);
          }
      }
      break;
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING &&
          strlen (json_node_get_string (node)) > MG_FEED_MAX_STRING)
        return fail (ctx, _("string is longer than %d KiB"), MG_FEED_MAX_STRING / 1024);
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

static gboolean
check_display_text (Ctx        *ctx,
                    const char *text,
                    gboolean    multiline)
{
  gboolean bidi;
  gunichar refused = refused_character (text, multiline, &bidi);

  if (refused == 0)
    return TRUE;
  if (bidi)
    return fail (ctx, _("contains a bidirectional control character (U+%04X)"), refused);
  return fail (ctx, _("contains a control character (U+%04X)"), refused);
}

static JsonNode *
member (JsonObject *object,
        const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  /* An explicit null counts as absent. */
  return node != NULL && JSON_NODE_HOLDS_NULL (node) ? NULL : node;
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
is_integer (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
}

static gboolean
is_number (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && (json_node_get_value_type (node) == G_TYPE_INT64 ||
                                          json_node_get_value_type (node) == G_TYPE_DOUBLE);
}

/* A plain string member, given as its node (NULL when absent). *out is
 * borrowed from the JSON tree. */
static gboolean
read_string_node (Ctx         *ctx,
                  JsonNode    *node,
                  const char  *name,
                  gboolean     required,
                  const char **out)
{
  guint mark;
  gboolean ok = TRUE;

  *out = NULL;
  mark = push_key (ctx, name);
  if (node == NULL)
    ok = required ? fail (ctx, _("is required")) : TRUE;
  else if (!is_string (node))
    ok = fail (ctx, _("must be a string"));
  else
    *out = json_node_get_string (node);
  if (ok)
    pop (ctx, mark);
  return ok;
}

static gboolean
read_string (Ctx         *ctx,
             JsonObject  *object,
             const char  *name,
             gboolean     required,
             const char **out)
{
  return read_string_node (ctx, member (object, name), name, required, out);
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
static gboolean
read_id_node (Ctx         *ctx,
              JsonNode    *node,
              GHashTable  *seen,
              guint        index,
              const char **out)
{
  gpointer first;
  guint mark;

  if (!read_string_node (ctx, node, "id", TRUE, out))
    return FALSE;

  mark = push_key (ctx, "id");
  if (!is_valid_id (*out))
    return fail (ctx, _("must be 1 to 32 characters from a–z, 0–9 and “-”"));
  first = g_hash_table_lookup (seen, *out);
  if (first != NULL)
    {
      g_autoptr (GString) first_path = g_string_new (NULL);
      Segment *element = &ctx->segments[mark - 1];

      /* The same path up to this element, with the first one's index. */
      g_assert (mark > 0 && element->key == NULL);
      element->index = GPOINTER_TO_UINT (first) - 1;
      append_path (first_path, ctx->segments, mark);
      element->index = index;
      return fail (ctx, _("duplicate id “%s”, already used at %s"), *out, first_path->str);
    }
  pop (ctx, mark);

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
  Ctx        *ctx;
  gboolean    multiline;
  gboolean    ok;
  const char *first;      /* the first translation in document order */
  Choice      choice;
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
  mark = push_key (check->ctx, lang);
  if (!is_string (value))
    check->ok = fail (check->ctx, _("must be a string"));
  else if (!check_display_text (check->ctx, json_node_get_string (value), check->multiline))
    check->ok = FALSE;
  if (!check->ok)
    return;
  pop (check->ctx, mark);

  /* Which language this is, noted on the way rather than looked up after. */
  if (check->first == NULL)
    check->first = json_node_get_string (value);
  note_translation (&check->choice, check->ctx->languages, lang, json_node_get_string (value));
}

/* The common case in one pass over the object in hash order, with no
 * lookups: every translation fine, and one in a wanted language or English.
 * Anything else (a problem to report, or falling back to the first in
 * document order) is left to the ordered walk. */
static gboolean
choose_translation_quickly (Ctx         *ctx,
                            JsonObject  *texts,
                            gboolean     multiline,
                            const char **chosen)
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

      if (!is_string (value))
        return FALSE;
      text = json_node_get_string (value);
      if (refused_character (text, multiline, &bidi) != 0)
        return FALSE;
      note_translation (&choice, ctx->languages, lang, text);
    }
  *chosen = chosen_translation (&choice);
  return *chosen != NULL;
}

static gboolean
read_id (Ctx         *ctx,
         JsonObject  *object,
         GHashTable  *seen,
         guint        index,
         const char **out)
{
  return read_id_node (ctx, member (object, "id"), seen, index, out);
}

/* A TEXT member: a string, or an object of language → string resolved
 * against the UI languages, falling back to "en", then to any. */
static gboolean
read_text_node (Ctx         *ctx,
                JsonNode    *node,
                const char  *name,
                gboolean     required,
                gboolean     multiline,
                const char **out)
{
  guint mark = push_key (ctx, name);
  const char *chosen = NULL;

  *out = NULL;
  if (node == NULL)
    {
      if (required)
        return fail (ctx, _("is required"));
      pop (ctx, mark);
      return TRUE;
    }

  if (is_string (node))
    {
      chosen = json_node_get_string (node);
      if (!check_display_text (ctx, chosen, multiline))
        return FALSE;
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *texts = json_node_get_object (node);
      TextCheck check = { ctx, multiline, TRUE, NULL, CHOICE_INIT };

      if (!choose_translation_quickly (ctx, texts, multiline, &chosen))
        {
          /* In document order (without copying the member list), so the
           * first problem is the one reported. */
          json_object_foreach_member (texts, check_translation, &check);
          if (!check.ok)
            return FALSE;
          if (check.first == NULL)
            return fail (ctx, _("must give the text in at least one language"));
          chosen = chosen_translation (&check.choice);
          if (chosen == NULL)
            chosen = check.first;
        }
    }
  else
    {
      return fail (ctx, _("must be a string or an object of translations"));
    }

  if (required && *chosen == '\0')
    return fail (ctx, _("must not be empty"));
  *out = chosen;
  pop (ctx, mark);
  return TRUE;
}

static gboolean
read_text (Ctx         *ctx,
           JsonObject  *object,
           const char  *name,
           gboolean     required,
           gboolean     multiline,
           const char **out)
{
  return read_text_node (ctx, member (object, name), name, required, multiline, out);
}

/* An integer member within [min, max]; absent leaves *out untouched. */
static gboolean
read_int_node (Ctx        *ctx,
               JsonNode   *node,
               const char *name,
               gboolean    required,
               gint64      min,
               gint64      max,
               gint64     *out)
{
  guint mark = push_key (ctx, name);
  gint64 value;

  if (node == NULL)
    {
      if (required)
        return fail (ctx, _("is required"));
      pop (ctx, mark);
      return TRUE;
    }
  if (!is_integer (node) || (value = json_node_get_int (node)) < min)
    {
      if (min == 0)
        return fail (ctx, _("must be an integer ≥ 0"));
      return fail (ctx, _("must be an integer from %d to %d"), (int) min, (int) max);
    }
  if (value > max)
    return fail (ctx, _("must be at most %d"), (int) max);

  *out = value;
  pop (ctx, mark);
  return TRUE;
}

static gboolean
read_int (Ctx        *ctx,
          JsonObject *object,
          const char *name,
          gboolean    required,
          gint64      min,
          gint64      max,
          gint64     *out)
{
  return read_int_node (ctx, member (object, name), name, required, min, max, out);
}

static gboolean
read_datetime (Ctx         *ctx,
               JsonObject  *object,
               const char  *name,
               GDateTime  **out)
{
  const char *text;
  guint mark;

  *out = NULL;
  if (!read_string (ctx, object, name, FALSE, &text))
    return FALSE;
  if (text == NULL)
    return TRUE;

  mark = push_key (ctx, name);
  *out = g_date_time_new_from_iso8601 (text, NULL);
  if (*out == NULL)
    return fail (ctx, _("must be an ISO 8601 date and time with a time zone, "
                        "like 2022-12-08T13:05:00+05:30"));
  pop (ctx, mark);
  return TRUE;
}

static gboolean
read_url (Ctx         *ctx,
          JsonObject  *object,
          const char  *name,
          gboolean     required,
          const char **out)
{
  g_autoptr (GUri) uri = NULL;
  guint mark;

  if (!read_string (ctx, object, name, required, out))
    return FALSE;
  if (*out == NULL)
    return TRUE;

  mark = push_key (ctx, name);
  uri = g_uri_parse (*out, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL ||
      (g_ascii_strcasecmp (g_uri_get_scheme (uri), "http") != 0 &&
       g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") != 0) ||
      g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    return fail (ctx, _("must be an http or https URL"));
  if (!check_display_text (ctx, *out, FALSE))
    return FALSE;
  pop (ctx, mark);
  return TRUE;
}

/* Called by read_objects() for each element, with the path at the element
 * ("states[3]"). @index is the element's index in the array. Returns FALSE,
 * with the error set through fail(), to stop the walk. */
typedef gboolean (*ElementFunc) (Ctx        *ctx,
                                 JsonObject *element,
                                 guint       index,
                                 gpointer    user_data);

/* An array member @name of objects, with from @min to @max of them (absent
 * counts as none), each handed to @func in document order. Every list of
 * things in a feed is read through here. */
static gboolean
read_objects (Ctx         *ctx,
              JsonObject  *object,
              const char  *name,
              guint        min,
              guint        max,
              ElementFunc  func,
              gpointer     user_data)
{
  JsonNode *node = member (object, name);
  guint mark = push_key (ctx, name);
  JsonArray *array;
  guint n;

  if (node == NULL)
    {
      if (min > 0)
        return fail (ctx, _("is required"));
      pop (ctx, mark);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (ctx, _("must be an array"));

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  if (n < min || n > max)
    return fail (ctx, _("must have from %u to %u entries, not %u"), min, max, n);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      guint element_mark = push_index (ctx, i);

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return fail (ctx, _("must be an object"));
      if (!func (ctx, json_node_get_object (element), i, user_data))
        return FALSE;
      pop (ctx, element_mark);
    }

  pop (ctx, mark);
  return TRUE;
}

static gboolean
parse_color (const char *text,
             guint32    *rgb)
{
  if (strlen (text) != 7 || text[0] != '#')
    return FALSE;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (text[i]))
      return FALSE;
  *rgb = 0;
  for (guint i = 1; i < 7; i++)
    *rgb = *rgb << 4 | (guint32) g_ascii_xdigit_value (text[i]);
  return TRUE;
}

/* A party's members, found in one pass over its object instead of a hash
 * lookup each: there are thousands of parties, each with eight members. */
typedef struct {
  JsonNode *id, *name, *short_name, *color, *won, *leading, *previous, *vote_percent;
} PartyMembers;

static void
party_members (JsonObject   *object,
               PartyMembers *m)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  memset (m, 0, sizeof *m);
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &key, &node))
    {
      JsonNode **slot = NULL;

      /* An explicit null counts as absent, as in member(). */
      if (JSON_NODE_HOLDS_NULL (node))
        continue;
      switch (key[0])
        {
        case 'i': slot = strcmp (key, "id") == 0 ? &m->id : NULL; break;
        case 'n': slot = strcmp (key, "name") == 0 ? &m->name : NULL; break;
        case 's': slot = strcmp (key, "short") == 0 ? &m->short_name : NULL; break;
        case 'c': slot = strcmp (key, "color") == 0 ? &m->color : NULL; break;
        case 'w': slot = strcmp (key, "won") == 0 ? &m->won : NULL; break;
        case 'l': slot = strcmp (key, "leading") == 0 ? &m->leading : NULL; break;
        case 'p': slot = strcmp (key, "previous") == 0 ? &m->previous : NULL; break;
        case 'v': slot = strcmp (key, "vote_percent") == 0 ? &m->vote_percent : NULL; break;
        default: break;
        }
      if (slot != NULL)
        *slot = node;
    }
}

static MgPartyResult *
parse_party (Ctx        *ctx,
             JsonObject *object,
             guint       seats,
             GHashTable *seen,
             guint       index)
{
  g_autoptr (MgPartyResult) party = NULL;
  const char *id, *name, *short_name, *color;
  gint64 won = 0, leading = 0, previous = MG_PARTY_RESULT_UNKNOWN;
  double vote_percent = MG_PARTY_RESULT_UNKNOWN;
  JsonNode *vote_node;
  guint32 rgb = 0;
  PartyMembers m;

  party_members (object, &m);
  if (!read_id_node (ctx, m.id, seen, index, &id) ||
      !read_text_node (ctx, m.name, "name", TRUE, FALSE, &name) ||
      !read_text_node (ctx, m.short_name, "short", FALSE, FALSE, &short_name) ||
      !read_string_node (ctx, m.color, "color", FALSE, &color) ||
      !read_int_node (ctx, m.won, "won", TRUE, 0, seats, &won) ||
      !read_int_node (ctx, m.leading, "leading", TRUE, 0, seats, &leading) ||
      !read_int_node (ctx, m.previous, "previous", FALSE, 0, MG_FEED_MAX_SEATS, &previous))
    return NULL;

  if (color != NULL && !parse_color (color, &rgb))
    {
      guint mark = push_key (ctx, "color");

      fail (ctx, _("must be a colour written #RRGGBB, like #F97D09"));
      pop (ctx, mark);
      return NULL;
    }

  vote_node = m.vote_percent;
  if (vote_node != NULL)
    {
      guint mark = push_key (ctx, "vote_percent");

      if (!is_number (vote_node) ||
          !(json_node_get_double (vote_node) >= 0 && json_node_get_double (vote_node) <= 100))
        {
          fail (ctx, _("must be a number from 0 to 100"));
          return NULL;
        }
      vote_percent = json_node_get_double (vote_node);
      pop (ctx, mark);
    }

  party = mg_party_result_new_full (id, name, short_name != NULL && *short_name != '\0' ? short_name : NULL,
                                    color != NULL, rgb, (guint) won, (guint) leading,
                                    (int) previous, vote_percent);
  return g_steal_pointer (&party);
}

/* The parties of one state, as they are read. */
typedef struct {
  guint       seats;
  GHashTable *ids;        /* party id → 1 + its index, for read_id_node() */
  GPtrArray  *parties;
  guint64     reported;   /* won plus leading over the parties so far */
} PartyList;

static gboolean
add_party (Ctx        *ctx,
           JsonObject *object,
           guint       index,
           gpointer    user_data)
{
  PartyList *list = user_data;
  MgPartyResult *party = parse_party (ctx, object, list->seats, list->ids, index);

  if (party == NULL)
    return FALSE;
  list->reported += mg_party_result_get_total (party);
  g_ptr_array_add (list->parties, party);
  return TRUE;
}

static MgStateResult *
parse_state (Ctx        *ctx,
             JsonObject *object,
             GHashTable *seen,
             guint       index)
{
  g_autoptr (MgStateResult) state = NULL;
  g_autoptr (GHashTable) party_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) parties = g_ptr_array_new_with_free_func (g_object_unref);
  const char *id, *name, *status;
  gint64 seats = 0, majority = 0, previous_year = 0;
  PartyList list;
  guint mark;

  if (!read_id (ctx, object, seen, index, &id) ||
      !read_text (ctx, object, "name", TRUE, FALSE, &name) ||
      !read_int (ctx, object, "seats", TRUE, 1, MG_FEED_MAX_SEATS, &seats))
    return NULL;

  mark = push_key (ctx, "majority");
  if (member (object, "majority") != NULL)
    {
      JsonNode *node = member (object, "majority");

      if (!is_integer (node) || json_node_get_int (node) * 2 <= seats ||
          json_node_get_int (node) > seats)
        {
          fail (ctx, _("must be an integer more than half of the %u seats and at most %u"),
                (guint) seats, (guint) seats);
          return NULL;
        }
      majority = json_node_get_int (node);
    }
  pop (ctx, mark);

  if (!read_string (ctx, object, "status", FALSE, &status) ||
      !read_int (ctx, object, "previous_year", FALSE, 1900, 2200, &previous_year))
    return NULL;
  if (status != NULL && g_strcmp0 (status, "counting") != 0 && g_strcmp0 (status, "final") != 0)
    {
      mark = push_key (ctx, "status");
      fail (ctx, _("must be “counting” or “final”"));
      return NULL;
    }

  state = mg_state_result_new (id);
  mg_state_result_set_name (state, name);
  mg_state_result_set_seats (state, (guint) seats);
  mg_state_result_set_majority (state, (guint) majority);
  mg_state_result_set_status (state, g_strcmp0 (status, "final") == 0 ? MG_STATE_STATUS_FINAL
                                                                      : MG_STATE_STATUS_COUNTING);
  mg_state_result_set_previous_year (state, (guint) previous_year);

  list = (PartyList) { (guint) seats, party_ids, parties, 0 };
  if (!read_objects (ctx, object, "parties", 1, MG_FEED_MAX_PARTIES, add_party, &list))
    return NULL;
  mg_state_result_set_parties (state, (MgPartyResult **) parties->pdata, parties->len);

  if (list.reported > (guint64) seats)
    {
      mark = push_key (ctx, "parties");
      fail (ctx, _("won plus leading adds up to %u, more than the %u seats"),
            (guint) list.reported, (guint) seats);
      return NULL;
    }

  return g_steal_pointer (&state);
}

static gboolean
add_block (Ctx        *ctx,
           JsonObject *object,
           guint       index,
           gpointer    user_data)
{
  MgArticle *article = user_data;
  const char *type, *text;
  MgArticleBlockType block_type;
  guint mark;

  if (!read_string (ctx, object, "type", TRUE, &type) ||
      !read_string (ctx, object, "text", TRUE, &text))
    return FALSE;

  if (g_strcmp0 (type, "paragraph") == 0)
    block_type = MG_ARTICLE_BLOCK_PARAGRAPH;
  else if (g_strcmp0 (type, "heading") == 0)
    block_type = MG_ARTICLE_BLOCK_HEADING;
  else if (g_strcmp0 (type, "quote") == 0)
    block_type = MG_ARTICLE_BLOCK_QUOTE;
  else
    {
      push_key (ctx, "type");
      return fail (ctx, _("must be “heading”, “paragraph” or “quote”"));
    }

  mark = push_key (ctx, "text");
  if (!check_display_text (ctx, text, TRUE))
    return FALSE;
  pop (ctx, mark);

  mg_article_add_block (article, block_type, text);
  return TRUE;
}

static gboolean
add_related (Ctx        *ctx,
             JsonObject *object,
             guint       index,
             gpointer    user_data)
{
  MgArticle *article = user_data;
  const char *title, *url;

  if (!read_text (ctx, object, "title", TRUE, FALSE, &title) ||
      !read_url (ctx, object, "url", FALSE, &url))
    return FALSE;

  mg_article_add_related (article, title, url);
  return TRUE;
}

static MgArticle *
parse_article (Ctx        *ctx,
               JsonObject *object,
               GHashTable *state_ids,
               GHashTable *seen,
               guint       index)
{
  g_autoptr (MgArticle) article = NULL;
  g_autoptr (GDateTime) published = NULL;
  g_autoptr (GDateTime) updated = NULL;
  const char *id, *lang, *title, *state_id;

  if (!read_id (ctx, object, seen, index, &id) ||
      !read_string (ctx, object, "lang", FALSE, &lang) ||
      !read_text (ctx, object, "title", TRUE, FALSE, &title) ||
      !read_datetime (ctx, object, "published", &published) ||
      !read_datetime (ctx, object, "updated", &updated) ||
      !read_string (ctx, object, "state", FALSE, &state_id))
    return NULL;

  if (lang != NULL && (strlen (lang) < 2 || strlen (lang) > 35 ||
                       strspn (lang, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
                       != strlen (lang)))
    {
      push_key (ctx, "lang");
      fail (ctx, _("must be a language tag like “hi” or “en-IN”"));
      return NULL;
    }
  if (state_id != NULL && !g_hash_table_contains (state_ids, state_id))
    {
      push_key (ctx, "state");
      fail (ctx, _("no state has the id “%s”"), state_id);
      return NULL;
    }

  article = mg_article_new (id);
  mg_article_set_lang (article, lang);
  mg_article_set_title (article, title);
  mg_article_set_published (article, published);
  mg_article_set_updated (article, updated);
  mg_article_set_state_id (article, state_id);

  if (!read_objects (ctx, object, "blocks", 0, G_MAXUINT, add_block, article) ||
      !read_objects (ctx, object, "related", 0, G_MAXUINT, add_related, article))
    return NULL;

  return g_steal_pointer (&article);
}

/* The states and the articles, as they are read. */
typedef struct {
  GHashTable *state_ids;    /* state id → 1 + its index, for read_id_node() */
  GHashTable *article_ids;  /* the same for articles */
  GPtrArray  *states;
  GPtrArray  *articles;
} RootLists;

static gboolean
add_state (Ctx        *ctx,
           JsonObject *object,
           guint       index,
           gpointer    user_data)
{
  RootLists *lists = user_data;
  MgStateResult *state = parse_state (ctx, object, lists->state_ids, index);

  if (state == NULL)
    return FALSE;
  g_ptr_array_add (lists->states, state);
  return TRUE;
}

static gboolean
add_article (Ctx        *ctx,
             JsonObject *object,
             guint       index,
             gpointer    user_data)
{
  RootLists *lists = user_data;
  MgArticle *article = parse_article (ctx, object, lists->state_ids, lists->article_ids, index);

  if (article == NULL)
    return FALSE;
  g_ptr_array_add (lists->articles, article);
  return TRUE;
}

static MgElection *
parse_root (Ctx      *ctx,
            JsonNode *root)
{
  g_autoptr (MgElection) election = mg_election_new ();
  g_autoptr (GHashTable) state_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) article_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) states = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GDateTime) updated = NULL;
  RootLists lists = { state_ids, article_ids, states, articles };
  JsonObject *object;
  JsonNode *version;
  const char *format;
  guint mark;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      fail (ctx, _("must be a JSON object"));
      return NULL;
    }
  object = json_node_get_object (root);

  if (!read_string (ctx, object, "format", TRUE, &format))
    return NULL;
  if (g_strcmp0 (format, "matganana-feed") != 0)
    {
      push_key (ctx, "format");
      fail (ctx, _("must be “matganana-feed”"));
      return NULL;
    }

  version = member (object, "version");
  mark = push_key (ctx, "version");
  if (version == NULL)
    {
      fail (ctx, _("is required"));
      return NULL;
    }
  if (!is_integer (version))
    {
      fail (ctx, _("must be an integer"));
      return NULL;
    }
  if (json_node_get_int (version) != MG_FEED_VERSION)
    {
      g_autofree char *version_text =
        g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (version));

      g_set_error (ctx->error, MG_FEED_ERROR, MG_FEED_ERROR_VERSION,
                   _("version: unsupported feed version %s; this Matganana reads version %d"),
                   version_text, MG_FEED_VERSION);
      return NULL;
    }
  pop (ctx, mark);

  if (ctx->long_strings && !check_strings (ctx, root))
    return NULL;

  if (!read_datetime (ctx, object, "updated", &updated))
    return NULL;
  mg_election_set_updated (election, updated);

  if (member (object, "source") != NULL)
    {
      JsonNode *source = member (object, "source");
      const char *name = NULL, *url = NULL;

      mark = push_key (ctx, "source");
      if (!JSON_NODE_HOLDS_OBJECT (source))
        {
          fail (ctx, _("must be an object"));
          return NULL;
        }
      if (!read_text (ctx, json_node_get_object (source), "name", FALSE, FALSE, &name) ||
          !read_url (ctx, json_node_get_object (source), "url", FALSE, &url))
        return NULL;
      mg_election_set_source (election, name, url);
      pop (ctx, mark);
    }

  if (!read_objects (ctx, object, "states", 1, MG_FEED_MAX_STATES, add_state, &lists))
    return NULL;
  mg_election_set_states (election, (MgStateResult **) states->pdata, states->len);

  if (!read_objects (ctx, object, "articles", 0, G_MAXUINT, add_article, &lists))
    return NULL;
  mg_election_set_articles (election, (MgArticle **) articles->pdata, articles->len);

  return g_steal_pointer (&election);
}

/**
 * mg_feed_parse_data:
 * @data: (array length=length): the feed document
 * @languages: (nullable): preferred languages for TEXT values, most wanted
 *   first; %NULL for the user's (g_get_language_names())
 *
 * Parses and validates a version 1 feed.
 *
 * Returns: (transfer full): the election, or %NULL with @error set
 */
MgElection *
mg_feed_parse_data (const char         *data,
                    gsize               length,
                    const char * const *languages,
                    GError            **error)
{
  g_autoptr (JsonParser) parser = NULL;
  g_autoptr (GError) json_error = NULL;
  JsonNode *root;
  Ctx ctx;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > MG_FEED_MAX_BYTES)
    {
      g_autofree char *size = g_format_size_full (length, G_FORMAT_SIZE_IEC_UNITS | G_FORMAT_SIZE_LONG_FORMAT);

      g_set_error (error, MG_FEED_ERROR, MG_FEED_ERROR_TOO_LARGE,
                   _("document is %s, more than the %d MiB limit"), size,
                   MG_FEED_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  ctx.long_strings = FALSE;
  if (!mg_feed_prescan (data, length, &ctx.long_strings, error))
    return NULL;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &json_error))
    {
      const char *message = json_error->message;
      guint line = 0, column = 0;
      int consumed = 0;

      /* json-glib says "<data>:LINE:COL: Parse error: …"; keep its reason. */
      if (sscanf (message, "<data>:%u:%u: %n", &line, &column, &consumed) >= 2 && consumed > 0)
        g_set_error (error, MG_FEED_ERROR, MG_FEED_ERROR_SYNTAX,
                     _("line %u, column %u: not valid JSON (%s)"), line, column,
                     message + consumed);
      else
        g_set_error (error, MG_FEED_ERROR, MG_FEED_ERROR_SYNTAX, _("not valid JSON (%s)"),
                     message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error (error, MG_FEED_ERROR, MG_FEED_ERROR_EMPTY, _("document is empty"));
      return NULL;
    }

  ctx.n_segments = 0;
  ctx.languages = languages != NULL ? languages : (const char * const *) g_get_language_names ();
  ctx.error = error;

  return parse_root (&ctx, root);
}

/**
 * mg_feed_parse:
 *
 * Like mg_feed_parse_data() on the contents of @bytes.
 *
 * Returns: (transfer full): the election, or %NULL with @error set
 */
MgElection *
mg_feed_parse (GBytes             *bytes,
               const char * const *languages,
               GError            **error)
{
  gsize length;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  return mg_feed_parse_data (data != NULL ? data : "", length, languages, error);
}
