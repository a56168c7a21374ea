/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-feed-parser"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "mg-article.h"
#include "mg-election.h"
#include "mg-feed-parser.h"
#include "mg-text-util.h"
#include "mg-feed-prescan.h"
#include "mg-feed-alliances.h"
#include "mg-feed-reader.h"
#include "mg-feed-seats.h"
#include "mg-lokdhaba.h"
#include "mg-party-registry.h"
#include "mg-party-result.h"
#include "mg-state-result.h"

/* Feed format v1: bytes in, a whole MgElection or one GError out. Every
 * rule of the format is checked here, and an error names the JSON path
 * ("states[1].parties[0].won") or the line and column where it broke. The
 * raw bytes are checked first (mg-feed-prescan.c), then parsed by json-glib,
 * then the tree is walked: the feed's structure (the root, states, parties,
 * articles) here, each member read and checked through mg-feed-reader.c. */

G_DEFINE_QUARK (mg-feed-error-quark, mg_feed_error)

/* "#RRGGBB" into @rgb. */
gboolean
mg_feed_parse_color (const char *text,
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
  JsonNode *previous_vote_percent;
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

      /* An explicit null counts as absent, as in mg_feed_member(). */
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
        case 'p':
          slot = strcmp (key, "previous") == 0                ? &m->previous
                 : strcmp (key, "previous_vote_percent") == 0 ? &m->previous_vote_percent
                                                               : NULL;
          break;
        case 'v': slot = strcmp (key, "vote_percent") == 0 ? &m->vote_percent : NULL; break;
        default: break;
        }
      if (slot != NULL)
        *slot = node;
    }
}

/* A share of the vote, 0 to 100, when @node is given. */
static gboolean
read_percent (MgFeedReader *reader,
              JsonNode     *node,
              const char   *key,
              double       *percent)
{
  guint mark;

  if (node == NULL)
    return TRUE;
  mark = mg_feed_reader_push_key (reader, key);
  if (!mg_feed_is_number (node) || !(json_node_get_double (node) >= 0 && json_node_get_double (node) <= 100))
    {
      mg_feed_reader_fail (reader, _("must be a number from 0 to 100"));
      return FALSE;
    }
  *percent = json_node_get_double (node);
  mg_feed_reader_pop (reader, mark);
  return TRUE;
}

/* A party without a name is one the registry knows by its id ("bjp"): its
 * name, and the short name and colour the feed left out, are the
 * registry's, read like the feed's own (the name in the UI language). The
 * registry is loaded only here, so feeds that name their parties never
 * load it. */
static gboolean
fill_from_registry (MgFeedReader *reader,
                    const char   *id,
                    PartyMembers *m)
{
  JsonObject *registered;

  if (m->name != NULL)
    return TRUE;
  registered = mg_party_registry_find_party_by_id (id);
  if (registered == NULL)
    {
      mg_feed_reader_push_key (reader, "name");
      /* TRANSLATORS: a feed's party has no name, and its id is not one of the built-in
       * registry's parties, whose names could stand in */
      mg_feed_reader_fail (reader, _("is required: “%s” is not a party the registry knows"), id);
      return FALSE;
    }
  m->name = json_object_get_member (registered, "name");
  if (m->short_name == NULL)
    m->short_name = json_object_get_member (registered, "short");
  if (m->color == NULL)
    m->color = json_object_get_member (registered, "color");
  return TRUE;
}

static MgPartyResult *
parse_party (MgFeedReader *reader,
             JsonObject   *object,
             guint         seats,
             gboolean      counted,
             GHashTable   *seen,
             guint         index,
             guint8       *given)
{
  g_autoptr (MgPartyResult) party = NULL;
  const char *id, *name, *short_name, *color;
  gint64 won = 0, leading = 0, previous = MG_PARTY_RESULT_UNKNOWN;
  double vote_percent = MG_PARTY_RESULT_UNKNOWN, previous_vote_percent = MG_PARTY_RESULT_UNKNOWN;
  guint32 rgb = 0;
  PartyMembers m;

  party_members (object, &m);
  if (!mg_feed_reader_read_id_node (reader, m.id, seen, index, &id) ||
      !fill_from_registry (reader, id, &m) ||
      !mg_feed_reader_read_text_node (reader, m.name, "name", TRUE, FALSE, &name) ||
      !mg_feed_reader_read_text_node (reader, m.short_name, "short", FALSE, FALSE, &short_name) ||
      !mg_feed_reader_read_string_node (reader, m.color, "color", FALSE, &color) ||
      !mg_feed_reader_read_int_node (reader, m.won, "won", !counted, 0, seats, &won) ||
      !mg_feed_reader_read_int_node (reader, m.leading, "leading", !counted, 0, seats, &leading) ||
      !mg_feed_reader_read_int_node (reader, m.previous, "previous", FALSE, 0, MG_FEED_MAX_SEATS,
                                     &previous))
    return NULL;

  if (color != NULL && !mg_feed_parse_color (color, &rgb))
    {
      guint mark = mg_feed_reader_push_key (reader, "color");

      mg_feed_reader_fail (reader, _("must be a colour written #RRGGBB, like #F97D09"));
      mg_feed_reader_pop (reader, mark);
      return NULL;
    }

  if (!read_percent (reader, m.vote_percent, "vote_percent", &vote_percent) ||
      !read_percent (reader, m.previous_vote_percent, "previous_vote_percent", &previous_vote_percent))
    return NULL;

  /* With constituencies listed, counts left out are counted from them. */
  *given = (m.won != NULL ? MG_FEED_GAVE_WON : 0) | (m.leading != NULL ? MG_FEED_GAVE_LEADING : 0) |
           (m.vote_percent != NULL ? MG_FEED_GAVE_VOTES : 0);
  party = mg_party_result_new_full (id, name, short_name != NULL && *short_name != '\0' ? short_name : NULL,
                                    color != NULL, rgb, (guint) won, (guint) leading,
                                    (int) previous, vote_percent);
  mg_party_result_set_previous_vote_percent (party, previous_vote_percent);
  return g_steal_pointer (&party);
}

/* The parties of one state, as they are read. */
typedef struct {
  guint       seats;
  gboolean    counted;    /* the state lists constituencies to count from */
  GHashTable *ids;        /* party id → 1 + its index, for mg_feed_reader_read_id_node() */
  GPtrArray  *parties;
  GByteArray *given;      /* MG_FEED_GAVE_* of each party */
} PartyList;

static gboolean
add_party (MgFeedReader *reader,
           JsonObject   *object,
           guint         index,
           gpointer      user_data)
{
  PartyList *list = user_data;
  guint8 given = 0;
  MgPartyResult *party = parse_party (reader, object, list->seats, list->counted, list->ids, index,
                                      &given);

  if (party == NULL)
    return FALSE;
  g_byte_array_append (list->given, &given, 1);
  g_ptr_array_add (list->parties, party);
  return TRUE;
}

/* A TEXT's other languages' strings, for finding the state by them. */
static void
set_other_names (MgStateResult *state,
                 JsonNode      *text,
                 const char    *shown)
{
  g_autofree char *names = mg_feed_dup_other_texts (text, shown);

  if (names != NULL)
    mg_state_result_set_other_names (state, names);
}

static MgStateResult *
parse_state (MgFeedReader *reader,
             JsonObject   *object,
             GHashTable   *seen,
             guint         index,
             gint64        version,
             guint64      *n_candidates)
{
  g_autoptr (MgStateResult) state = NULL;
  g_autoptr (GByteArray) given = g_byte_array_new ();
  g_autoptr (GHashTable) party_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) parties = g_ptr_array_new_with_free_func (g_object_unref);
  const char *id, *name, *status, *unlisted = NULL;
  gint64 seats = 0, majority = 0, previous_year = 0;
  PartyList list;
  guint mark;

  if (!mg_feed_reader_read_id (reader, object, seen, index, &id) ||
      !mg_feed_reader_read_text (reader, object, "name", TRUE, FALSE, &name) ||
      !mg_feed_reader_read_int (reader, object, "seats", TRUE, 1, MG_FEED_MAX_SEATS, &seats))
    return NULL;

  mark = mg_feed_reader_push_key (reader, "majority");
  if (mg_feed_member (object, "majority") != NULL)
    {
      JsonNode *node = mg_feed_member (object, "majority");

      if (!mg_feed_is_integer (node) || json_node_get_int (node) * 2 <= seats ||
          json_node_get_int (node) > seats)
        {
          mg_feed_reader_fail (reader, _("must be an integer more than half of the %u seats "
                                         "and at most %u"),
                               (guint) seats, (guint) seats);
          return NULL;
        }
      majority = json_node_get_int (node);
    }
  mg_feed_reader_pop (reader, mark);

  if (!mg_feed_reader_read_string (reader, object, "status", FALSE, &status) ||
      !mg_feed_reader_read_int (reader, object, "previous_year", FALSE, 1900, 2200,
                                &previous_year))
    return NULL;
  if (status != NULL && g_strcmp0 (status, "counting") != 0 && g_strcmp0 (status, "final") != 0)
    {
      mark = mg_feed_reader_push_key (reader, "status");
      mg_feed_reader_fail (reader, _("must be “counting” or “final”"));
      return NULL;
    }
  if (version >= 2 && !mg_feed_reader_read_string (reader, object, "unlisted", FALSE, &unlisted))
    return NULL;
  if (unlisted != NULL && g_strcmp0 (unlisted, "pending") != 0 && g_strcmp0 (unlisted, "no-data") != 0)
    {
      mg_feed_reader_push_key (reader, "unlisted");
      mg_feed_reader_fail (reader, _("must be “pending” or “no-data”"));
      return NULL;
    }

  state = mg_state_result_new (id);
  mg_state_result_set_name (state, name);
  set_other_names (state, mg_feed_member (object, "name"), name);
  mg_state_result_set_seats (state, (guint) seats);
  mg_state_result_set_majority (state, (guint) majority);
  mg_state_result_set_status (state, g_strcmp0 (status, "final") == 0 ? MG_STATE_STATUS_FINAL
                                                                      : MG_STATE_STATUS_COUNTING);
  mg_state_result_set_previous_year (state, (guint) previous_year);
  mg_state_result_set_unlisted_no_data (state, g_strcmp0 (unlisted, "no-data") == 0);

  list = (PartyList) { (guint) seats,
                       version >= 2 && mg_feed_member (object, "constituencies") != NULL,
                       party_ids, parties, given };
  if (!mg_feed_reader_read_objects (reader, object, "parties", 1, MG_FEED_MAX_PARTIES, add_party,
                                    &list))
    return NULL;
  mg_state_result_set_parties (state, (MgPartyResult **) parties->pdata, parties->len);

  /* Version 2: the seats, and the parties' counts checked against them. */
  if (version >= 2 &&
      !mg_feed_parse_constituencies (reader, object, state, party_ids, n_candidates))
    return NULL;
  if (!mg_feed_check_seat_counts (reader, state, given->data, given->len))
    return NULL;

  return g_steal_pointer (&state);
}

static gboolean
add_block (MgFeedReader *reader,
           JsonObject   *object,
           guint         index,
           gpointer      user_data)
{
  MgArticle *article = user_data;
  const char *type, *text;
  MgArticleBlockType block_type;
  guint mark;

  if (!mg_feed_reader_read_string (reader, object, "type", TRUE, &type) ||
      !mg_feed_reader_read_string (reader, object, "text", TRUE, &text))
    return FALSE;

  if (g_strcmp0 (type, "paragraph") == 0)
    block_type = MG_ARTICLE_BLOCK_PARAGRAPH;
  else if (g_strcmp0 (type, "heading") == 0)
    block_type = MG_ARTICLE_BLOCK_HEADING;
  else if (g_strcmp0 (type, "quote") == 0)
    block_type = MG_ARTICLE_BLOCK_QUOTE;
  else
    {
      mg_feed_reader_push_key (reader, "type");
      return mg_feed_reader_fail (reader, _("must be “heading”, “paragraph” or “quote”"));
    }

  mark = mg_feed_reader_push_key (reader, "text");
  if (!mg_feed_reader_check_display_text (reader, text, TRUE))
    return FALSE;
  mg_feed_reader_pop (reader, mark);

  mg_article_add_block (article, block_type, text);
  return TRUE;
}

static gboolean
add_related (MgFeedReader *reader,
             JsonObject   *object,
             guint         index,
             gpointer      user_data)
{
  MgArticle *article = user_data;
  const char *title, *url;

  if (!mg_feed_reader_read_text (reader, object, "title", TRUE, FALSE, &title) ||
      !mg_feed_reader_read_url (reader, object, "url", FALSE, &url))
    return FALSE;

  mg_article_add_related (article, title, url);
  return TRUE;
}

static MgArticle *
parse_article (MgFeedReader *reader,
               JsonObject   *object,
               GHashTable   *state_ids,
               GHashTable   *seen,
               guint         index)
{
  g_autoptr (MgArticle) article = NULL;
  g_autoptr (GDateTime) published = NULL;
  g_autoptr (GDateTime) updated = NULL;
  const char *id, *lang, *title, *state_id;

  if (!mg_feed_reader_read_id (reader, object, seen, index, &id) ||
      !mg_feed_reader_read_string (reader, object, "lang", FALSE, &lang) ||
      !mg_feed_reader_read_text (reader, object, "title", TRUE, FALSE, &title) ||
      !mg_feed_reader_read_datetime (reader, object, "published", &published) ||
      !mg_feed_reader_read_datetime (reader, object, "updated", &updated) ||
      !mg_feed_reader_read_string (reader, object, "state", FALSE, &state_id))
    return NULL;

  if (lang != NULL && (strlen (lang) < 2 || strlen (lang) > 35 ||
                       strspn (lang, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
                       != strlen (lang)))
    {
      mg_feed_reader_push_key (reader, "lang");
      mg_feed_reader_fail (reader, _("must be a language tag like “hi” or “en-IN”"));
      return NULL;
    }
  if (state_id != NULL && !g_hash_table_contains (state_ids, state_id))
    {
      mg_feed_reader_push_key (reader, "state");
      mg_feed_reader_fail (reader, _("no state has the id “%s”"), state_id);
      return NULL;
    }

  article = mg_article_new (id);
  mg_article_set_lang (article, lang);
  mg_article_set_title (article, title);
  mg_article_set_published (article, published);
  mg_article_set_updated (article, updated);
  mg_article_set_state_id (article, state_id);

  if (!mg_feed_reader_read_objects (reader, object, "blocks", 0, G_MAXUINT, add_block, article) ||
      !mg_feed_reader_read_objects (reader, object, "related", 0, G_MAXUINT, add_related, article))
    return NULL;

  return g_steal_pointer (&article);
}

/* The states and the articles, as they are read. */
typedef struct {
  GHashTable *state_ids;    /* state id → 1 + its index, for mg_feed_reader_read_id_node() */
  GHashTable *article_ids;  /* the same for articles */
  GPtrArray  *states;
  GPtrArray  *articles;
  gint64      version;
  guint64     n_candidates;  /* in the whole document */
} RootLists;

static gboolean
add_state (MgFeedReader *reader,
           JsonObject   *object,
           guint         index,
           gpointer      user_data)
{
  RootLists *lists = user_data;
  MgStateResult *state = parse_state (reader, object, lists->state_ids, index, lists->version,
                                      &lists->n_candidates);

  if (state == NULL)
    return FALSE;
  g_ptr_array_add (lists->states, state);
  return TRUE;
}

static gboolean
add_article (MgFeedReader *reader,
             JsonObject   *object,
             guint         index,
             gpointer      user_data)
{
  RootLists *lists = user_data;
  MgArticle *article = parse_article (reader, object, lists->state_ids, lists->article_ids,
                                      index);

  if (article == NULL)
    return FALSE;
  g_ptr_array_add (lists->articles, article);
  return TRUE;
}

static MgElection *
parse_root (MgFeedReader *reader,
            JsonNode     *root)
{
  g_autoptr (MgElection) election = mg_election_new ();
  g_autoptr (GHashTable) state_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) article_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) states = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GDateTime) updated = NULL;
  RootLists lists = { state_ids, article_ids, states, articles, 1, 0 };
  JsonObject *object;
  JsonNode *version;
  const char *format;
  guint mark;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      mg_feed_reader_fail (reader, _("must be a JSON object"));
      return NULL;
    }
  object = json_node_get_object (root);

  if (!mg_feed_reader_read_string (reader, object, "format", TRUE, &format))
    return NULL;
  if (g_strcmp0 (format, "matganana-feed") != 0)
    {
      mg_feed_reader_push_key (reader, "format");
      mg_feed_reader_fail (reader, _("must be “matganana-feed”"));
      return NULL;
    }

  version = mg_feed_member (object, "version");
  mark = mg_feed_reader_push_key (reader, "version");
  if (version == NULL)
    {
      mg_feed_reader_fail (reader, _("is required"));
      return NULL;
    }
  if (!mg_feed_is_integer (version))
    {
      mg_feed_reader_fail (reader, _("must be an integer"));
      return NULL;
    }
  if (json_node_get_int (version) < 1 || json_node_get_int (version) > MG_FEED_VERSION)
    {
      g_autofree char *version_text =
        g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (version));

      g_set_error (reader->error, MG_FEED_ERROR, MG_FEED_ERROR_VERSION,
                   _("version: unsupported feed version %s; this Matganana reads versions 1 to %d"),
                   version_text, MG_FEED_VERSION);
      return NULL;
    }
  mg_feed_reader_pop (reader, mark);
  lists.version = json_node_get_int (version);

  if (reader->long_strings && !mg_feed_reader_check_strings (reader, root))
    return NULL;

  if (!mg_feed_reader_read_datetime (reader, object, "updated", &updated))
    return NULL;
  mg_election_set_updated (election, updated);

  /* Version 2: the zone the results' times are shown in. */
  if (json_node_get_int (version) >= 2)
    {
      const char *zone_id = NULL;

      if (!mg_feed_reader_read_string (reader, object, "timezone", FALSE, &zone_id))
        return NULL;
      if (zone_id != NULL)
        {
          g_autoptr (GTimeZone) zone = g_time_zone_new_identifier (zone_id);

          if (zone == NULL)
            {
              mark = mg_feed_reader_push_key (reader, "timezone");
              /* TRANSLATORS: the feed names a time zone that is not an IANA one */
              mg_feed_reader_fail (reader, _("unknown time zone “%s”"), zone_id);
              return NULL;
            }
          mg_election_set_time_zone (election, zone_id);
        }
    }

  if (mg_feed_member (object, "source") != NULL)
    {
      JsonNode *source = mg_feed_member (object, "source");
      const char *name = NULL, *url = NULL;

      mark = mg_feed_reader_push_key (reader, "source");
      if (!JSON_NODE_HOLDS_OBJECT (source))
        {
          mg_feed_reader_fail (reader, _("must be an object"));
          return NULL;
        }
      if (!mg_feed_reader_read_text (reader, json_node_get_object (source), "name", FALSE, FALSE,
                                     &name) ||
          !mg_feed_reader_read_url (reader, json_node_get_object (source), "url", FALSE, &url))
        return NULL;
      mg_election_set_source (election, name, url);
      mg_feed_reader_pop (reader, mark);
    }

  if (!mg_feed_reader_read_objects (reader, object, "states", 1, MG_FEED_MAX_STATES, add_state,
                                    &lists))
    return NULL;
  mg_election_set_states (election, (MgStateResult **) states->pdata, states->len);

  /* Version 2: the states as one house, and the alliances of parties. */
  if (lists.version >= 2 && !mg_feed_parse_house_and_alliances (reader, object, election))
    return NULL;

  if (!mg_feed_reader_read_objects (reader, object, "articles", 0, G_MAXUINT, add_article, &lists))
    return NULL;
  mg_election_set_articles (election, (MgArticle **) articles->pdata, articles->len);

  return g_steal_pointer (&election);
}

static MgElection *
parse_data (const char         *data,
            gsize               length,
            gboolean            named_csv,
            const char * const *languages,
            GError            **error)
{
  g_autoptr (JsonParser) parser = NULL;
  g_autoptr (GError) json_error = NULL;
  gboolean long_strings = FALSE;
  JsonNode *root;
  MgFeedReader reader;

  if (length > MG_FEED_MAX_BYTES)
    {
      g_autofree char *size = g_format_size_full (length, G_FORMAT_SIZE_IEC_UNITS | G_FORMAT_SIZE_LONG_FORMAT);

      g_set_error (error, MG_FEED_ERROR, MG_FEED_ERROR_TOO_LARGE,
                   _("document is %s, more than the %d MiB limit"), size,
                   MG_FEED_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  /* A Lok Dhaba results CSV reads into a feed's tree, checked as any. */
  if (mg_lokdhaba_detect_named (data, length, named_csv))
    {
      g_autoptr (JsonNode) tree = mg_lokdhaba_read (data, length, error);

      return tree != NULL ? mg_feed_parse_tree (tree, languages, error) : NULL;
    }

  if (!mg_feed_prescan (data, length, &long_strings, error))
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

  mg_feed_reader_init (&reader,
                       languages != NULL ? languages
                                         : mg_text_get_interface_languages (),
                       long_strings, error);

  return parse_root (&reader, root);
}

/**
 * mg_feed_parse_data:
 * @data: (array length=length): the feed document
 * @languages: (nullable): preferred languages for TEXT values, most wanted
 *   first; %NULL for the interface's (mg_text_get_interface_languages())
 *
 * Parses and validates a feed, or reads a results CSV (told by its
 * header row).
 *
 * Returns: (transfer full): the election, or %NULL with @error set
 */
MgElection *
mg_feed_parse_data (const char         *data,
                    gsize               length,
                    const char * const *languages,
                    GError            **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return parse_data (data, length, FALSE, languages, error);
}

/**
 * mg_feed_parse_named:
 * @name: (nullable): the feed's file path or URI
 * @content_type: (nullable): the type the http server gave it
 *
 * Like mg_feed_parse(), for a feed whose name or content type may say it
 * is a results CSV (".csv", text/csv): one that is not, and is not JSON
 * either, is then refused as a CSV without the columns of one, rather
 * than as JSON that does not parse.
 *
 * Returns: (transfer full): the election, or %NULL with @error set
 */
MgElection *
mg_feed_parse_named (GBytes             *bytes,
                     const char         *name,
                     const char         *content_type,
                     const char * const *languages,
                     GError            **error)
{
  gsize length;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  return parse_data (data != NULL ? data : "", length, mg_lokdhaba_name_says_csv (name, content_type),
                     languages, error);
}

/**
 * mg_feed_parse_tree:
 * @root: a feed's tree, as one built for a results CSV
 *
 * Like mg_feed_parse_data() on a tree already parsed: every rule checked,
 * every string's length too. Reading frees each constituency's part of
 * @root as soon as it has been read: @root is spent afterwards.
 *
 * Returns: (transfer full): the election, or %NULL with @error set
 */
MgElection *
mg_feed_parse_tree (JsonNode           *root,
                    const char * const *languages,
                    GError            **error)
{
  MgFeedReader reader;

  g_return_val_if_fail (root != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  mg_feed_reader_init (&reader,
                       languages != NULL ? languages
                                         : mg_text_get_interface_languages (),
                       TRUE, error);
  return parse_root (&reader, root);
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
  return mg_feed_parse_named (bytes, NULL, NULL, languages, error);
}
