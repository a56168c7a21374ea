/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-feed-alliances"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-alliance.h"
#include "mg-election.h"
#include "mg-feed-alliances.h"
#include "mg-feed-parser.h"
#include "mg-state-result.h"

/* Version 2's "house" (the states as parts of one chamber) and
 * "alliances" (groups of parties), read after the states, whose seats and
 * parties they are checked against: a house's seats are its states' seats,
 * its majority more than half; an alliance's parties are parties of the
 * feed, each in one alliance at most. */

typedef struct {
  MgElection *election;
  GHashTable *ids;        /* alliance ids seen */
  GHashTable *member_of;  /* party id → the id of the alliance it is in */
  GPtrArray  *alliances;
} Alliances;

static gboolean
is_feed_party (MgElection *election,
               const char *party_id)
{
  guint n = mg_election_get_n_states (election);

  for (guint i = 0; i < n; i++)
    if (mg_state_result_find_party (mg_election_get_state (election, i), party_id, NULL) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
read_parties (MgFeedReader *reader,
              JsonObject   *object,
              Alliances    *all,
              const char   *alliance_id,
              GPtrArray    *parties)
{
  JsonNode *node = mg_feed_member (object, "parties");
  guint mark = mg_feed_reader_push_key (reader, "parties");
  JsonArray *array;
  guint n;

  if (node == NULL)
    return mg_feed_reader_fail (reader, _("is required"));
  if (!JSON_NODE_HOLDS_ARRAY (node) || (n = json_array_get_length (array = json_node_get_array (node))) == 0 ||
      n > MG_FEED_MAX_PARTIES)
    return mg_feed_reader_fail (reader, _("must be a list of 1 to %u party ids"), MG_FEED_MAX_PARTIES);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      guint inner = mg_feed_reader_push_index (reader, i);
      const char *id, *other;

      if (!mg_feed_is_string (element))
        return mg_feed_reader_fail (reader, _("must be a party id"));
      id = json_node_get_string (element);
      if (!is_feed_party (all->election, id))
        /* TRANSLATORS: an alliance names a party no state of the feed has */
        return mg_feed_reader_fail (reader, _("no party “%s” in this feed"), id);
      other = g_hash_table_lookup (all->member_of, id);
      if (other != NULL)
        /* TRANSLATORS: a party listed in two alliances; the party, then the first alliance */
        return mg_feed_reader_fail (reader, _("“%s” is already in alliance “%s”"), id, other);
      g_hash_table_insert (all->member_of, (gpointer) id, (gpointer) alliance_id);
      g_ptr_array_add (parties, (gpointer) id);
      mg_feed_reader_pop (reader, inner);
    }
  mg_feed_reader_pop (reader, mark);
  return TRUE;
}

static gboolean
add_alliance (MgFeedReader *reader,
              JsonObject   *object,
              guint         index,
              gpointer      user_data)
{
  Alliances *all = user_data;
  g_autoptr (GPtrArray) parties = g_ptr_array_new ();
  const char *id, *name, *color = NULL;
  guint32 rgb = 0;
  MgAlliance *alliance;

  if (!mg_feed_reader_read_id (reader, object, all->ids, index, &id) ||
      !mg_feed_reader_read_text (reader, object, "name", TRUE, FALSE, &name) ||
      !mg_feed_reader_read_string (reader, object, "color", FALSE, &color))
    return FALSE;
  if (color != NULL && !mg_feed_parse_color (color, &rgb))
    {
      mg_feed_reader_push_key (reader, "color");
      return mg_feed_reader_fail (reader, _("must be a colour as #RRGGBB"));
    }
  if (!read_parties (reader, object, all, id, parties))
    return FALSE;
  g_ptr_array_add (parties, NULL);
  alliance = mg_alliance_new (id, name, (const char * const *) parties->pdata);
  mg_alliance_set_color (alliance, color != NULL, rgb);
  g_ptr_array_add (all->alliances, alliance);
  return TRUE;
}

static gboolean
parse_house (MgFeedReader *reader,
             JsonObject   *root,
             MgElection   *election)
{
  JsonNode *node = mg_feed_member (root, "house");
  guint mark, n = mg_election_get_n_states (election);
  gint64 seats = 0, majority = 0;
  guint64 sum = 0;
  const char *name;
  JsonObject *house;

  if (node == NULL)
    return TRUE;
  mark = mg_feed_reader_push_key (reader, "house");
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return mg_feed_reader_fail (reader, _("must be an object"));
  house = json_node_get_object (node);
  for (guint i = 0; i < n; i++)
    sum += mg_state_result_get_seats (mg_election_get_state (election, i));
  if (!mg_feed_reader_read_text (reader, house, "name", TRUE, FALSE, &name) ||
      !mg_feed_reader_read_int (reader, house, "seats", TRUE, 1, (gint64) MG_FEED_MAX_SEATS * MG_FEED_MAX_STATES,
                                &seats) ||
      !mg_feed_reader_read_int (reader, house, "majority", FALSE, 1, seats, &majority))
    return FALSE;
  if ((guint64) seats != sum)
    {
      mg_feed_reader_push_key (reader, "seats");
      /* TRANSLATORS: the house's seats differ from the sum of its states' seats */
      return mg_feed_reader_fail (reader, _("must be the states’ seats in all, %u"), (guint) sum);
    }
  if (majority != 0 && majority * 2 <= seats)
    {
      mg_feed_reader_push_key (reader, "majority");
      return mg_feed_reader_fail (reader, _("must be more than half of the %u seats"), (guint) seats);
    }
  mg_election_set_house (election, name, (guint) seats, (guint) majority);
  mg_feed_reader_pop (reader, mark);
  return TRUE;
}

/**
 * mg_feed_parse_house_and_alliances:
 * @root: the feed's object, its states already read into @election
 *
 * Returns: %FALSE, with the reader's error set, when either breaks a rule
 */
gboolean
mg_feed_parse_house_and_alliances (MgFeedReader *reader,
                                   JsonObject   *root,
                                   MgElection   *election)
{
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) member_of = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) alliances = g_ptr_array_new_with_free_func (g_object_unref);
  Alliances all = { election, ids, member_of, alliances };

  if (!parse_house (reader, root, election) ||
      !mg_feed_reader_read_objects (reader, root, "alliances", 0, MG_FEED_MAX_ALLIANCES, add_alliance, &all))
    return FALSE;
  mg_election_set_alliances (election, (MgAlliance **) alliances->pdata, alliances->len);
  return TRUE;
}
