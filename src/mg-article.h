/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mg-types.h"

G_BEGIN_DECLS

#define MG_TYPE_ARTICLE (mg_article_get_type ())

G_DECLARE_FINAL_TYPE (MgArticle, mg_article, MG, ARTICLE, GObject)

typedef enum {
  MG_ARTICLE_BLOCK_PARAGRAPH,
  MG_ARTICLE_BLOCK_HEADING,
  MG_ARTICLE_BLOCK_QUOTE,
} MgArticleBlockType;

typedef struct {
  MgArticleBlockType  type;
  char               *text;
} MgArticleBlock;

typedef struct {
  char *title;
  char *url;
} MgArticleLink;

MgArticle            *mg_article_new             (const char         *id);
const char           *mg_article_get_id          (MgArticle          *self);
const char           *mg_article_get_lang        (MgArticle          *self);
void                  mg_article_set_lang        (MgArticle          *self,
                                                  const char         *lang);
const char           *mg_article_get_title       (MgArticle          *self);
void                  mg_article_set_title       (MgArticle          *self,
                                                  const char         *title);
GDateTime            *mg_article_get_published   (MgArticle          *self);
void                  mg_article_set_published   (MgArticle          *self,
                                                  GDateTime          *published);
GDateTime            *mg_article_get_updated     (MgArticle          *self);
void                  mg_article_set_updated     (MgArticle          *self,
                                                  GDateTime          *updated);
const char           *mg_article_get_state_id    (MgArticle          *self);
void                  mg_article_set_state_id    (MgArticle          *self,
                                                  const char         *state_id);
guint                 mg_article_get_n_blocks    (MgArticle          *self);
const MgArticleBlock *mg_article_get_block       (MgArticle          *self,
                                                  guint               index);
void                  mg_article_add_block       (MgArticle          *self,
                                                  MgArticleBlockType  type,
                                                  const char         *text);
guint                 mg_article_get_n_related   (MgArticle          *self);
const MgArticleLink  *mg_article_get_related     (MgArticle          *self,
                                                  guint               index);
void                  mg_article_add_related     (MgArticle          *self,
                                                  const char         *title,
                                                  const char         *url);
char                 *mg_article_dup_text        (MgArticle          *self);

G_END_DECLS
