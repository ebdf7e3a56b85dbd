/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* What a heading says the section under it holds. Shops, blogs and news
 * sites put the same few kinds of section beside their main content —
 * customer reviews, questions, shipping and returns, specifications, the
 * author's bio, related items, a newsletter box, comments — and title them
 * with the same few words in every language, in a short heading. The
 * learned lexicon knows a heading's words too, but only those seen on
 * several training sites; these families pool the languages. A word
 * matches at the start of a word of the heading (any prefix of it:
 * "review" in "Reviews (12)"), a phrase only up to a word's end ("about
 * me", not "about meditation"), and CJK anywhere, which has no spaces
 * between words. */

#include "bp-private.h"

#include <string.h>

typedef struct {
  const char *word;
  BpSection   section;
} SectionWord;

#define R BP_SECTION_REVIEWS
#define Q BP_SECTION_QUESTIONS
#define S BP_SECTION_SHIPPING
#define P BP_SECTION_SPECS
#define B BP_SECTION_BIO
#define L BP_SECTION_RELATED
#define N BP_SECTION_SUBSCRIBE
#define C BP_SECTION_COMMENTS

static const SectionWord section_words[] = {
  /* customer reviews and ratings */
  { "review", R }, { "rating", R }, { "out of 5", R }, { "stars", R },
  { "\xe2\x98\x85", R },                                         /* ★ */ { "testimonial", R }, { "what our customers", R },
  { "what customers", R }, { "bewertung", R }, { "kundenbewertung", R }, { "rezension", R },
  { "erfahrungen", R }, { "avis", R }, { "opiniones", R }, { "rese\xc3\xb1" "a", R },
  { "valoraci", R }, { "recensioni", R }, { "opinioni", R }, { "recensies", R },
  { "beoordeling", R }, { "omd\xc3\xb6" "me", R }, { "anmeldelse", R }, { "arvostel", R },
  { "opinie", R }, { "recenzj", R }, { "recenze", R }, { "hodnocen", R },
  { "\xd0\xbe\xd1\x82\xd0\xb7\xd1\x8b\xd0\xb2", R },             /* отзыв */
  { "\xd0\xb2\xd1\x96\xd0\xb4\xd0\xb3\xd1\x83\xd0\xba", R },     /* відгук */
  { "de\xc4\x9f" "erlendirme", R }, { "avalia\xc3\xa7", R }, { "opini\xc3\xb5" "es", R },
  { "\xe3\x83\xac\xe3\x83\x93\xe3\x83\xa5\xe3\x83\xbc", R },     /* レビュー */
  { "\xe5\x8f\xa3\xe3\x82\xb3\xe3\x83\x9f", R },                 /* 口コミ */
  { "\xe8\xaf\x84\xe4\xbb\xb7", R },                             /* 评价 */
  { "\xe8\xa9\x95\xe5\x83\xb9", R },                             /* 評價 */
  { "\xeb\xa6\xac\xeb\xb7\xb0", R },                             /* 리뷰 */
  { "\xed\x9b\x84\xea\xb8\xb0", R },                             /* 후기 */
  /* questions and answers */
  { "faq", Q }, { "frequently asked", Q }, { "question", Q }, { "q&a", Q },
  { "q & a", Q }, { "fragen", Q }, { "h\xc3\xa4ufige fragen", Q }, { "foire aux questions", Q },
  { "preguntas", Q }, { "domande", Q }, { "vragen", Q }, { "perguntas", Q },
  { "fr\xc3\xa5gor", Q }, { "sp\xc3\xb8rgsm\xc3\xa5l", Q }, { "pytania", Q },
  { "\xd0\xb2\xd0\xbe\xd0\xbf\xd1\x80\xd0\xbe\xd1\x81", Q },     /* вопрос */
  { "\xd0\xbf\xd0\xb8\xd1\x82\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f", Q }, /* питання */
  { "sorular", Q },
  { "\xe3\x82\x88\xe3\x81\x8f\xe3\x81\x82\xe3\x82\x8b\xe8\xb3\xaa\xe5\x95\x8f", Q }, /* よくある質問 */
  { "\xe5\xb8\xb8\xe8\xa7\x81\xe9\x97\xae\xe9\xa2\x98", Q },     /* 常见问题 */
  { "\xe9\x97\xae\xe7\xad\x94", Q },                             /* 问答 */
  { "\xec\x9e\x90\xec\xa3\xbc \xeb\xac\xbb\xeb\x8a\x94", Q },    /* 자주 묻는 */
  /* shipping, delivery, returns, warranty */
  { "shipping", S }, { "delivery", S }, { "returns", S }, { "return policy", S },
  { "warranty", S }, { "guarantee", S }, { "versand", S }, { "lieferung", S },
  { "r\xc3\xbc" "ckgabe", S }, { "garantie", S }, { "livraison", S }, { "retour", S },
  { "env\xc3\xad" "o", S }, { "envio", S }, { "entrega", S }, { "devoluc", S },
  { "devolu\xc3\xa7", S }, { "garant\xc3\xad" "a", S }, { "spedizion", S }, { "consegna", S },
  { "verzending", S }, { "levering", S }, { "retourneren", S },
  { "frakt", S }, { "leverans", S }, { "wysy\xc5\x82" "ka", S }, { "dostawa", S },
  { "zwrot", S },
  { "\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xba", S }, /* доставк */
  { "\xd0\xb2\xd0\xbe\xd0\xb7\xd0\xb2\xd1\x80\xd0\xb0\xd1\x82", S }, /* возврат */
  { "\xd0\xb3\xd0\xb0\xd1\x80\xd0\xb0\xd0\xbd\xd1\x82", S },     /* гарант */
  { "kargo", S }, { "teslimat", S }, { "iade", S },
  { "\xe9\x85\x8d\xe9\x80\x81", S },                             /* 配送 */
  { "\xe9\x80\x81\xe6\x96\x99", S },                             /* 送料 */
  { "\xe8\xbf\x94\xe5\x93\x81", S },                             /* 返品 */
  { "\xe5\x8f\x91\xe8\xb4\xa7", S },                             /* 发货 */
  { "\xe9\x80\x80\xe8\xb4\xa7", S },                             /* 退货 */
  { "\xeb\xb0\xb0\xec\x86\xa1", S },                             /* 배송 */
  { "\xeb\xb0\x98\xed\x92\x88", S },                             /* 반품 */
  /* specifications */
  { "specification", P }, { "specs", P }, { "technical", P }, { "tech specs", P },
  { "dimensions", P }, { "technische", P }, { "spezifikation", P }, { "abmessungen", P },
  { "caract\xc3\xa9ristiques", P }, { "fiche technique", P }, { "especificaci", P },
  { "caracter\xc3\xadsticas", P }, { "ficha t\xc3\xa9" "cnica", P }, { "specifiche", P },
  { "caratteristiche", P }, { "scheda tecnica", P }, { "specificaties", P },
  { "specifikation", P }, { "specyfikacja", P }, { "especifica\xc3\xa7", P },
  { "\xd1\x85\xd0\xb0\xd1\x80\xd0\xb0\xd0\xba\xd1\x82\xd0\xb5\xd1\x80\xd0\xb8\xd1\x81\xd1\x82\xd0\xb8\xd0\xba", P }, /* характеристик */
  { "\xd1\x82\xd0\xb5\xd1\x85\xd0\xbd\xd0\xb8\xd1\x87\xd0\xb5\xd1\x81\xd0\xba", P }, /* техническ */
  { "\xc3\xb6zellikler", P }, { "teknik", P },
  { "\xe4\xbb\x95\xe6\xa7\x98", P },                             /* 仕様 */
  { "\xe8\xa7\x84\xe6\xa0\xbc", P },                             /* 规格 */
  { "\xe5\x8f\x82\xe6\x95\xb0", P },                             /* 参数 */
  { "\xec\x82\xac\xec\x96\x91", P },                             /* 사양 */
  { "\xec\x8a\xa4\xed\x8e\x99", P },                             /* 스펙 */
  /* about the author */
  { "about the author", B }, { "about author", B }, { "author", B }, { "about me", B },
  { "written by", B }, { "\xc3\xbc" "ber den autor", B }, { "\xc3\xbc" "ber die autorin", B },
  { "zur person", B }, { "\xc3\xa0 propos de l", B }, { "l'auteur", B }, { "sobre el autor", B },
  { "sobre la autora", B }, { "sull'autore", B }, { "over de auteur", B }, { "sobre o autor", B },
  { "\xd0\xbe\xd0\xb1 \xd0\xb0\xd0\xb2\xd1\x82\xd0\xbe\xd1\x80", B }, /* об автор */
  { "yazar", B },
  { "\xe8\x91\x97\xe8\x80\x85", B },                             /* 著者 */
  { "\xe4\xbd\x9c\xe8\x80\x85", B },                             /* 作者 */
  { "\xec\xa0\x80\xec\x9e\x90", B },                             /* 저자 */
  /* related and recommended items */
  { "related", L }, { "you may also", L }, { "you might also", L }, { "you may like", L },
  { "also bought", L }, { "customers also", L }, { "customers who", L }, { "similar", L },
  { "recommended", L }, { "recently viewed", L }, { "more from", L }, { "more stories", L },
  { "more articles", L }, { "read next", L }, { "popular", L }, { "trending", L },
  { "latest", L }, { "\xc3\xa4hnliche", L }, { "das k\xc3\xb6nnte", L }, { "auch interessant", L },
  { "weitere", L }, { "mehr zum thema", L }, { "empfehlung", L }, { "vous aimerez", L },
  { "\xc3\xa0 lire aussi", L }, { "similaires", L }, { "tambi\xc3\xa9n te", L },
  { "relacionad", L }, { "similares", L }, { "te puede interesar", L },
  { "potrebbe interessarti", L }, { "correlati", L }, { "simili", L }, { "gerelateerd", L },
  { "vergelijkbare", L }, { "ook interessant", L }, { "voc\xc3\xaa tamb\xc3\xa9m", L },
  { "relaterade", L }, { "podobne", L },
  { "\xd0\xbf\xd0\xbe\xd1\x85\xd0\xbe\xd0\xb6", L },             /* похож */
  { "\xd1\x80\xd0\xb5\xd0\xba\xd0\xbe\xd0\xbc\xd0\xb5\xd0\xbd\xd0\xb4", L }, /* рекоменд */
  { "\xd1\x87\xd0\xb8\xd1\x82\xd0\xb0\xd0\xb9\xd1\x82\xd0\xb5 \xd1\x82\xd0\xb0\xd0\xba\xd0\xb6\xd0\xb5", L }, /* читайте также */
  { "benzer", L }, { "ilgili", L },
  { "\xe9\x96\xa2\xe9\x80\xa3", L },                             /* 関連 */
  { "\xe3\x81\x8a\xe3\x81\x99\xe3\x81\x99\xe3\x82\x81", L },     /* おすすめ */
  { "\xe7\x9b\xb8\xe5\x85\xb3", L },                             /* 相关 */
  { "\xe6\x8e\xa8\xe8\x8d\x90", L },                             /* 推荐 */
  { "\xea\xb4\x80\xeb\xa0\xa8", L },                             /* 관련 */
  { "\xec\xb6\x94\xec\xb2\x9c", L },                             /* 추천 */
  /* newsletter and sign-up boxes */
  { "newsletter", N }, { "subscribe", N }, { "sign up", N }, { "join our", N },
  { "stay in touch", N }, { "stay up to date", N }, { "get the latest", N },
  { "abonnieren", N }, { "s'abonner", N }, { "abonnez", N }, { "inscri", N },
  { "suscr", N }, { "iscriviti", N }, { "abonneer", N }, { "inschrijven", N },
  { "assine", N }, { "inscreva", N }, { "prenumerera", N },
  { "\xd0\xbf\xd0\xbe\xd0\xb4\xd0\xbf\xd0\xb8\xd1\x81", N },     /* подпис */
  { "\xd0\xbf\xd1\x96\xd0\xb4\xd0\xbf\xd0\xb8\xd1\x81", N },     /* підпис */
  { "abone", N },
  { "\xe8\xb3\xbc\xe8\xaa\xad", N },                             /* 購読 */
  { "\xe8\xae\xa2\xe9\x98\x85", N },                             /* 订阅 */
  { "\xea\xb5\xac\xeb\x8f\x85", N },                             /* 구독 */
  /* comments */
  { "comment", C }, { "leave a reply", C }, { "reply", C }, { "responses", C },
  { "discussion", C }, { "kommentar", C }, { "commentaire", C }, { "comentario", C },
  { "coment\xc3\xa1rio", C }, { "commenti", C }, { "reacties", C }, { "reageer", C },
  { "komentarz", C }, { "yorum", C },
  { "\xd0\xba\xd0\xbe\xd0\xbc\xd0\xbc\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb0\xd1\x80", C }, /* комментар */
  { "\xd0\xba\xd0\xbe\xd0\xbc\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb0\xd1\x80", C },         /* коментар */
  { "\xe3\x82\xb3\xe3\x83\xa1\xe3\x83\xb3\xe3\x83\x88", C },     /* コメント */
  { "\xe8\xaf\x84\xe8\xae\xba", C },                             /* 评论 */
  { "\xe7\x95\x99\xe8\xa8\x80", C },                             /* 留言 */
  { "\xeb\x8c\x93\xea\xb8\x80", C },                             /* 댓글 */
};

#undef R
#undef Q
#undef S
#undef P
#undef B
#undef L
#undef N
#undef C

/* Headings longer than this are a story's subheadings, not section
 * titles ("5 Myths About Meditation"; "Customers who bought this item
 * also bought" is seven words). */
#define MAX_HEADING_BYTES 120
#define MAX_HEADING_WORDS 7

static gboolean
is_word_byte (char c)
{
  return (guchar) c >= 0x80 || g_ascii_isalnum (c);
}

guint32
bp_heading_sections (const char *text,
                     gsize       length)
{
  /* the entries grouped by first byte, so a position is compared only
   * with the few that could start there */
  static guint16 order[G_N_ELEMENTS (section_words)];
  static guint8 lengths[G_N_ELEMENTS (section_words)];
  static BpWordIndex by_first = { .order = order, .lengths = lengths };
  static gsize ready;
  g_autofree char *lower = NULL;
  const char *end;
  gsize n;
  guint32 sections = 0;

  if (g_once_init_enter (&ready))
    {
      bp_word_index_build (&by_first, &section_words[0].word, G_N_ELEMENTS (section_words),
                           sizeof section_words[0]);
      g_once_init_leave (&ready, 1);
    }

  if (text == NULL || length == 0 || length > MAX_HEADING_BYTES)
    return 0;
  if (!g_utf8_validate_len (text, length, &end))
    length = end - text;
  lower = g_utf8_strdown (text, length);
  n = strlen (lower);
  {
    guint words = 0;

    for (gsize i = 0; i < n; i++)
      if (lower[i] != ' ' && (i == 0 || lower[i - 1] == ' '))
        words++;
    if (words > MAX_HEADING_WORDS)
      return 0;
  }
  for (gsize i = 0; i < n; i++)
    {
      guchar c = (guchar) lower[i];
      gboolean word_start = i == 0 || ((guchar) lower[i - 1] < 0x80 && !g_ascii_isalnum (lower[i - 1]));
      /* CJK (U+3000 and up, lead bytes 0xE3–0xED) and the star (0xE2)
       * need no word start */
      gboolean cjk = c >= 0xe2 && c <= 0xed;

      if (!word_start && !cjk)
        continue;
      for (guint k = by_first.starts[c]; k < by_first.starts[c + 1]; k++)
        {
          guint e = by_first.order[k];

          gsize len = lengths[e];
          const char *w = section_words[e].word;

          if (len <= n - i && memcmp (lower + i, w, len) == 0
              && (strchr (w, ' ') == NULL || i + len == n || !is_word_byte (lower[i + len])))
            sections |= 1u << section_words[e].section;
        }
    }
  return sections;
}
