/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-user-alliances"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "mg-alliance.h"
#include "mg-election.h"
#include "mg-feed-alliances.h"
#include "mg-feed-parser.h"
#include "mg-feed-prescan.h"
#include "mg-feed-reader.h"
#include "mg-state-result.h"
#include "mg-user-alliances.h"

/* Alliances the user has drawn up for a feed that has none of its own
 * (alliances change between elections, and many feeds name none). They
 * are kept in the user's configuration, one list a feed, each alliance as
 * a feed gives one:
 *
 *   {"feeds": {"https://example.org/feed.json": [
 *      {"id": "nda", "name": "NDA", "color": "#FF9933", "parties": ["bjp", "tdp"]}, …]}}
 *
 * The file is the user's to edit too: what breaks a rule is refused with
 * the file, the place and why, and the feed is shown by party. */

#define MAX_FILE_SIZE (1024 * 1024)

/* Returns: (transfer full): where the user's alliances are kept */
char *
mg_user_alliances_dup_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "matganana", "alliances.json", NULL);
}

static gboolean
holds (JsonNode     *node,
       JsonNodeType  type)
{
  return node != NULL && JSON_NODE_TYPE (node) == type;
}

static gboolean
is_text (JsonNode *node)
{
  return node != NULL && mg_feed_is_string (node);
}

static gboolean
fail (GError    **error,
      const char *name,
      const char *uri,
      GString    *where,
      const char *why)
{
  /* TRANSLATORS: the file, the feed's address and the place in the file, then why */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s: feeds[“%s”]%s: %s"), name, uri,
               where != NULL ? where->str : "", why);
  return FALSE;
}

/* One alliance of the list, at @index. */
static MgAlliance *
read_alliance (JsonNode    *node,
               guint        index,
               GHashTable  *ids,
               GHashTable  *member_of,
               const char  *file,
               const char  *uri,
               GError     **error)
{
  g_autoptr (GString) where = g_string_new (NULL);
  g_autoptr (GPtrArray) parties = g_ptr_array_new ();
  JsonObject *object;
  JsonArray *array;
  const char *id, *name, *color;
  guint32 rgb = 0;
  MgAlliance *alliance;
  gsize at;

  g_string_printf (where, "[%u]", index);
  if (!holds (node, JSON_NODE_OBJECT))
    return fail (error, file, uri, where, _("must be an object")), NULL;
  object = json_node_get_object (node);
  at = where->len;
  g_string_append (where, ".id");
  if (!is_text (json_object_get_member (object, "id")) ||
      *(id = json_object_get_string_member (object, "id")) == '\0')
    return fail (error, file, uri, where, _("must be a text")), NULL;
  if (g_hash_table_contains (ids, id))
    /* TRANSLATORS: two alliances with one id */
    return fail (error, file, uri, where, _("is already the id of another alliance")), NULL;
  g_hash_table_add (ids, (gpointer) id);
  g_string_truncate (where, at);
  g_string_append (where, ".name");
  if (!is_text (json_object_get_member (object, "name")) ||
      *(name = json_object_get_string_member (object, "name")) == '\0')
    return fail (error, file, uri, where, _("must be a text")), NULL;
  g_string_truncate (where, at);
  g_string_append (where, ".color");
  color = json_object_has_member (object, "color") && is_text (json_object_get_member (object, "color"))
            ? json_object_get_string_member (object, "color")
            : NULL;
  if ((json_object_has_member (object, "color") && color == NULL) ||
      (color != NULL && !mg_feed_parse_color (color, &rgb)))
    return fail (error, file, uri, where, _("must be a colour as #RRGGBB")), NULL;
  g_string_truncate (where, at);
  g_string_append (where, ".parties");
  if (!holds (json_object_get_member (object, "parties"), JSON_NODE_ARRAY) ||
      json_array_get_length (array = json_object_get_array_member (object, "parties")) == 0)
    return fail (error, file, uri, where, _("must be a list of party ids")), NULL;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *party, *other;

      g_string_truncate (where, at);
      g_string_append_printf (where, ".parties[%u]", i);
      if (!is_text (element))
        return fail (error, file, uri, where, _("must be a party id")), NULL;
      party = json_node_get_string (element);
      if ((other = g_hash_table_lookup (member_of, party)) != NULL)
        {
          g_autofree char *why = g_strdup_printf (_("“%s” is already in alliance “%s”"), party, other);

          return fail (error, file, uri, where, why), NULL;
        }
      g_hash_table_insert (member_of, (gpointer) party, (gpointer) id);
      g_ptr_array_add (parties, (gpointer) party);
    }
  g_ptr_array_add (parties, NULL);
  alliance = mg_alliance_new (id, name, (const char * const *) parties->pdata);
  mg_alliance_set_color (alliance, color != NULL, rgb);
  return alliance;
}

/* The root of @data, or %NULL with @error set. */
static JsonNode *
parse_root (const char  *data,
            gsize        length,
            const char  *name,
            gboolean     to_change,
            GError     **error)
{
  g_autoptr (GError) local = NULL;
  g_autoptr (JsonParser) parser = to_change ? json_parser_new () : json_parser_new_immutable ();
  gboolean long_strings;

  if (length > MAX_FILE_SIZE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s: larger than %u KiB"), name,
                   MAX_FILE_SIZE / 1024);
      return NULL;
    }
  /* json-glib is not shown what it cannot take (nesting too deep). */
  if (!mg_feed_prescan (data, length, &long_strings, &local) ||
      !json_parser_load_from_data (parser, data, (gssize) length, &local))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: %s", name, local->message);
      return NULL;
    }
  if (!holds (json_parser_get_root (parser), JSON_NODE_OBJECT) ||
      !holds (json_object_get_member (json_node_get_object (json_parser_get_root (parser)), "feeds"), JSON_NODE_OBJECT))
    {
      /* TRANSLATORS: the file's form: do not translate "feeds" */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s: must be an object with “feeds”"), name);
      return NULL;
    }
  return json_node_ref (json_parser_get_root (parser));
}

/* The file's root, or %NULL with @error set; %NULL and no error when there
 * is no file. */
static JsonNode *
read_root (const char  *path,
           gboolean     to_change,
           GError     **error)
{
  g_autoptr (GError) local = NULL;
  g_autofree char *data = NULL;
  g_autofree char *name = g_path_get_basename (path);
  gsize length = 0;

  if (!g_file_get_contents (path, &data, &length, &local))
    {
      if (!g_error_matches (local, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  return parse_root (data, length, name, to_change, error);
}

/* The alliances listed for @feed_uri under @root. */
static GPtrArray *
read_feed (JsonNode    *root,
           const char  *name,
           const char  *feed_uri,
           GError     **error)
{
  g_autoptr (GPtrArray) alliances = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) member_of = g_hash_table_new (g_str_hash, g_str_equal);
  JsonNode *list;
  JsonArray *array;

  list = json_object_get_member (json_object_get_object_member (json_node_get_object (root), "feeds"), feed_uri);
  if (list == NULL)
    return g_steal_pointer (&alliances);
  if (!holds (list, JSON_NODE_ARRAY) || json_array_get_length (array = json_node_get_array (list)) > MG_FEED_MAX_ALLIANCES)
    {
      g_autofree char *why = g_strdup_printf (_("must be a list of at most %u alliances"), MG_FEED_MAX_ALLIANCES);

      fail (error, name, feed_uri, NULL, why);
      return NULL;
    }
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      MgAlliance *alliance = read_alliance (json_array_get_element (array, i), i, ids, member_of, name, feed_uri,
                                            error);

      if (alliance == NULL)
        return NULL;
      g_ptr_array_add (alliances, alliance);
    }
  return g_steal_pointer (&alliances);
}

/**
 * mg_user_alliances_parse:
 * @name: the file's name, for errors
 *
 * As mg_user_alliances_load(), from the file's bytes.
 */
GPtrArray *
mg_user_alliances_parse (const char  *data,
                         gsize        length,
                         const char  *name,
                         const char  *feed_uri,
                         GError     **error)
{
  g_autoptr (JsonNode) root = parse_root (data, length, name, FALSE, error);

  return root != NULL ? read_feed (root, name, feed_uri, error) : NULL;
}

/**
 * mg_user_alliances_load:
 * @path: the file, from mg_user_alliances_dup_path()
 * @feed_uri: the feed's address
 *
 * Returns: (transfer full) (element-type MgAlliance) (nullable): the
 *   user's alliances for @feed_uri, empty when there are none; %NULL, with
 *   @error saying where and why, when the file breaks a rule
 */
GPtrArray *
mg_user_alliances_load (const char  *path,
                        const char  *feed_uri,
                        GError     **error)
{
  g_autoptr (GError) local = NULL;
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL && feed_uri != NULL, NULL);

  root = read_root (path, FALSE, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  if (root == NULL)
    return g_ptr_array_new_with_free_func (g_object_unref);
  name = g_path_get_basename (path);
  return read_feed (root, name, feed_uri, error);
}

static JsonNode *
alliance_to_json (MgAlliance *alliance)
{
  g_autoptr (JsonBuilder) builder = json_builder_new_immutable ();
  const char * const *parties = mg_alliance_get_parties (alliance);
  guint32 rgb;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, mg_alliance_get_id (alliance));
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, mg_alliance_get_name (alliance));
  if (mg_alliance_get_color (alliance, &rgb))
    {
      g_autofree char *color = g_strdup_printf ("#%06X", rgb);

      json_builder_set_member_name (builder, "color");
      json_builder_add_string_value (builder, color);
    }
  json_builder_set_member_name (builder, "parties");
  json_builder_begin_array (builder);
  for (guint i = 0; parties != NULL && parties[i] != NULL; i++)
    json_builder_add_string_value (builder, parties[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/**
 * mg_user_alliances_save:
 * @alliances: (element-type MgAlliance): the user's alliances for
 *   @feed_uri; none removes the feed's entry
 *
 * Writes them into the file at @path (atomically), keeping every other
 * feed's. A file that cannot be read is not overwritten.
 */
gboolean
mg_user_alliances_save (const char  *path,
                        const char  *feed_uri,
                        GPtrArray   *alliances,
                        GError     **error)
{
  g_autoptr (GError) local = NULL;
  g_autoptr (JsonNode) root = read_root (path, TRUE, &local);
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *text = NULL;
  JsonObject *feeds;

  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (root == NULL)
    {
      JsonObject *object = json_object_new ();

      json_object_set_object_member (object, "feeds", json_object_new ());
      root = json_node_init_object (json_node_alloc (), object);
      json_object_unref (object);
    }
  feeds = json_object_get_object_member (json_node_get_object (root), "feeds");
  if (alliances == NULL || alliances->len == 0)
    json_object_remove_member (feeds, feed_uri);
  else
    {
      JsonArray *array = json_array_sized_new (alliances->len);

      for (guint i = 0; i < alliances->len; i++)
        json_array_add_element (array, alliance_to_json (g_ptr_array_index (alliances, i)));
      json_object_set_array_member (feeds, feed_uri, array);
    }
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s: %s", dir, g_strerror (saved));
      return FALSE;
    }
  return g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

static gboolean
is_feed_party (MgElection *election,
               const char *party_id)
{
  for (guint i = 0; i < mg_election_get_n_states (election); i++)
    if (mg_state_result_find_party (mg_election_get_state (election, i), party_id, NULL) != NULL)
      return TRUE;
  return FALSE;
}

/**
 * mg_user_alliances_apply:
 * @alliances: (element-type MgAlliance): from mg_user_alliances_load()
 *
 * Gives @election the user's alliances, when it has none of its own: an
 * alliance's parties must be the feed's.
 *
 * Returns: %FALSE, with @error set, when an alliance names a party the
 *   feed does not have; @election is left as it was
 */
gboolean
mg_user_alliances_apply (MgElection  *election,
                         GPtrArray   *alliances,
                         GError     **error)
{
  g_return_val_if_fail (MG_IS_ELECTION (election), FALSE);

  if (alliances == NULL || alliances->len == 0 ||
      g_list_model_get_n_items (mg_election_get_alliances (election)) > 0)
    return TRUE;
  for (guint a = 0; a < alliances->len; a++)
    {
      MgAlliance *alliance = g_ptr_array_index (alliances, a);
      const char * const *parties = mg_alliance_get_parties (alliance);

      for (guint p = 0; parties[p] != NULL; p++)
        if (!is_feed_party (election, parties[p]))
          {
            /* TRANSLATORS: the user's alliance, then a party the feed has not */
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("alliance “%s”: no party “%s” in this feed"),
                         mg_alliance_get_name (alliance), parties[p]);
            return FALSE;
          }
    }
  mg_election_set_alliances (election, (MgAlliance **) alliances->pdata, alliances->len);
  return TRUE;
}
