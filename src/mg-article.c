/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-article"

#include "config.h"

#include "mg-article.h"

/* A news story from the feed. Its text is plain text, never markup. */
struct _MgArticle
{
  GObject    parent_instance;

  char      *id;
  char      *lang;
  char      *title;
  char      *state_id;
  GDateTime *published;
  GDateTime *updated;
  GArray    *blocks;   /* MgArticleBlock */
  GArray    *related;  /* MgArticleLink */
};

G_DEFINE_FINAL_TYPE (MgArticle, mg_article, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_block (gpointer data)
{
  MgArticleBlock *block = data;

  g_clear_pointer (&block->text, g_free);
}

static void
clear_link (gpointer data)
{
  MgArticleLink *link = data;

  g_clear_pointer (&link->title, g_free);
  g_clear_pointer (&link->url, g_free);
}

static void
mg_article_finalize (GObject *object)
{
  MgArticle *self = MG_ARTICLE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->lang, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->state_id, g_free);
  g_clear_pointer (&self->published, g_date_time_unref);
  g_clear_pointer (&self->updated, g_date_time_unref);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->related, g_array_unref);

  G_OBJECT_CLASS (mg_article_parent_class)->finalize (object);
}

static void
mg_article_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MgArticle *self = MG_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_article_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  MgArticle *self = MG_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      mg_article_set_title (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_article_class_init (MgArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_article_finalize;
  object_class->get_property = mg_article_get_property;
  object_class->set_property = mg_article_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_article_init (MgArticle *self)
{
  self->blocks = g_array_new (FALSE, TRUE, sizeof (MgArticleBlock));
  g_array_set_clear_func (self->blocks, clear_block);
  self->related = g_array_new (FALSE, TRUE, sizeof (MgArticleLink));
  g_array_set_clear_func (self->related, clear_link);
}

MgArticle *
mg_article_new (const char *id)
{
  MgArticle *self;

  g_return_val_if_fail (id != NULL, NULL);

  /* The id is set here rather than as a construct property: a class with
   * none takes GObject's fast construction path, and the parser makes
   * thousands of these. */
  self = g_object_new (MG_TYPE_ARTICLE, NULL);
  self->id = g_strdup (id);
  return self;
}

const char *
mg_article_get_id (MgArticle *self)
{
  g_return_val_if_fail (MG_IS_ARTICLE (self), NULL);
  return self->id;
}

/**
 * mg_article_get_lang:
 *
 * Returns: (transfer none) (nullable): the article's language tag
 */
const char *
mg_article_get_lang (MgArticle *self)
{
  g_return_val_if_fail (MG_IS_ARTICLE (self), NULL);
  return self->lang;
}

void
mg_article_set_lang (MgArticle  *self,
                     const char *lang)
{
  g_return_if_fail (MG_IS_ARTICLE (self));
  g_free (self->lang);
  self->lang = g_strdup (lang);
}

const char *
mg_article_get_title (MgArticle *self)
{
  g_return_val_if_fail (MG_IS_ARTICLE (self), NULL);
  return self->title;
}

void
mg_article_set_title (MgArticle  *self,
                      const char *title)
{
  g_return_if_fail (MG_IS_ARTICLE (self));
  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * mg_article_get_published:
 *
 * Returns: (transfer none) (nullable): when the story was first published
 */
GDateTime *
mg_article_get_published (MgArticle *self)
{
  g_return_val_if_fail (MG_IS_ARTICLE (self), NULL);
  return self->published;
}

void
mg_article_set_published (MgArticle *self,
                          GDateTime *published)
{
  g_return_if_fail (MG_IS_ARTICLE (self));
  g_clear_pointer (&self->published, g_date_time_unref);
  self->published = published ? g_date_time_ref (published) : NULL;
}

/**
 * mg_article_get_updated:
 *
 * Returns: (transfer none) (nullable): when the story was last changed
 */
GDateTime *
mg_article_get_updated (MgArticle *self)
{
  g_return_val_if_fail (MG_IS_ARTICLE (self), NULL);
  return self->updated;
}

void
mg_article_set_updated (MgArticle *self,
                        GDateTime *updated)
{
  g_return_if_fail (MG_IS_ARTICLE (self));
  g_clear_pointer (&self->updated, g_date_time_unref);
  self->updated = updated ? g_date_time_ref (updated) : NULL;
}

/**
 * mg_article_get_state_id:
 *
 * Returns: (transfer none) (nullable): the id of the state the story is about
 */
const char *
mg_article_get_state_id (MgArticle *self)
{
  g_return_val_if_fail (MG_IS_ARTICLE (self), NULL);
  return self->state_id;
}

void
mg_article_set_state_id (MgArticle  *self,
                         const char *state_id)
{
  g_return_if_fail (MG_IS_ARTICLE (self));
  g_free (self->state_id);
  self->state_id = g_strdup (state_id);
}

guint
mg_article_get_n_blocks (MgArticle *self)
{
  g_return_val_if_fail (MG_IS_ARTICLE (self), 0);
  return self->blocks->len;
}

const MgArticleBlock *
mg_article_get_block (MgArticle *self,
                      guint      index)
{
  g_return_val_if_fail (MG_IS_ARTICLE (self), NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);
  return &g_array_index (self->blocks, MgArticleBlock, index);
}

void
mg_article_add_block (MgArticle          *self,
                      MgArticleBlockType  type,
                      const char         *text)
{
  MgArticleBlock block = { type, g_strdup (text) };

  g_return_if_fail (MG_IS_ARTICLE (self));
  g_array_append_val (self->blocks, block);
}

guint
mg_article_get_n_related (MgArticle *self)
{
  g_return_val_if_fail (MG_IS_ARTICLE (self), 0);
  return self->related->len;
}

const MgArticleLink *
mg_article_get_related (MgArticle *self,
                        guint      index)
{
  g_return_val_if_fail (MG_IS_ARTICLE (self), NULL);
  g_return_val_if_fail (index < self->related->len, NULL);
  return &g_array_index (self->related, MgArticleLink, index);
}

void
mg_article_add_related (MgArticle  *self,
                        const char *title,
                        const char *url)
{
  MgArticleLink link = { g_strdup (title), g_strdup (url) };

  g_return_if_fail (MG_IS_ARTICLE (self));
  g_array_append_val (self->related, link);
}

/**
 * mg_article_dup_text:
 *
 * Returns: (transfer full): the title and every block, a paragraph each
 */
char *
mg_article_dup_text (MgArticle *self)
{
  GString *text;

  g_return_val_if_fail (MG_IS_ARTICLE (self), NULL);

  text = g_string_new (self->title);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, g_array_index (self->blocks, MgArticleBlock, i).text);
    }
  return g_string_free (text, FALSE);
}
