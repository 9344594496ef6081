//! One row per entry of the class/id rule table (`gleaner::rules::RULES`):
//! a class or id value the rule must match and one it must not, chosen for
//! the rule's scope. Adding a rule means adding its row here; a rule without
//! a row, or a row without a rule, fails the test.
//!
//! Values are written `class=…` or `id=…`.

use std::collections::HashSet;

use gleaner::rules::{matching, Attribute, Kind, Scope, RULES};

/// (rule id, a value it matches, a value it does not match).
#[rustfmt::skip]
const ROWS: &[(&str, &str, &str)] = &[
    ("navigation.nav", "class=zz-nav-box", "class=navville"),
    ("navigation.navbar", "class=zz-navbar-box", "class=navbarville"),
    ("navigation.navigation", "class=zz-navigation-box", "class=navigationville"),
    ("navigation.menu", "class=zz-menu-box", "class=menuville"),
    ("navigation.menus", "class=zz-menus-box", "class=menusville"),
    ("navigation.submenu", "class=zz-submenu-box", "class=submenuville"),
    ("navigation.mainmenu", "class=zz-mainmenu-box", "class=mainmenuville"),
    ("navigation.breadcrumb", "class=zz-breadcrumb-box", "class=breadcrumbville"),
    ("navigation.breadcrumbs", "class=zz-breadcrumbs-box", "class=breadcrumbsville"),
    ("navigation.pagination", "class=zz-pagination-box", "class=paginationville"),
    ("navigation.pager", "class=zz-pager-box", "class=pagerville"),
    ("navigation.toolbar", "class=zz-toolbar-box", "class=toolbarville"),
    ("navigation.topbar", "class=zz-topbar-box", "class=topbarville"),
    ("navigation.offcanvas", "class=zz-offcanvas-box", "class=offcanvasville"),
    ("navigation.hamburger", "class=zz-hamburger-box", "class=hamburgerville"),
    ("navigation.skip", "class=skip-link", "id=skip-target"),
    ("navigation.skiplink", "class=skiplink", "id=skiplink"),
    ("navigation.skiplinks", "class=skiplinks", "id=skiplinks"),
    ("related.related", "class=zz-related-box", "class=relatedville"),
    ("related.relatedposts", "class=zz-relatedposts-box", "class=relatedpostsville"),
    ("related.yarpp", "class=zz-yarpp-box", "class=yarppville"),
    ("related.recommended", "class=zz-recommended-box", "class=recommendedville"),
    ("related.recommendations", "class=zz-recommendations-box", "class=recommendationsville"),
    ("related.recirculation", "class=zz-recirculation-box", "class=recirculationville"),
    ("related.recirc", "class=zz-recirc-box", "class=recircville"),
    ("related.trending", "class=zz-trending-box", "class=trendingville"),
    ("related.popular", "class=zz-popular-box", "class=popularville"),
    ("related.mostread", "class=zz-mostread-box", "class=mostreadville"),
    ("related.mostpopular", "class=zz-mostpopular-box", "class=mostpopularville"),
    ("related.moreposts", "class=zz-moreposts-box", "class=morepostsville"),
    ("related.morestories", "class=zz-morestories-box", "class=morestoriesville"),
    ("related.readmore", "class=zz-readmore-box", "class=readmoreville"),
    ("related.readnext", "class=zz-readnext-box", "class=readnextville"),
    ("related.upnext", "class=zz-upnext-box", "class=upnextville"),
    ("related.teaser", "class=zz-teaser-box", "class=teaserville"),
    ("related.teasers", "class=zz-teasers-box", "class=teasersville"),
    ("related.outbrain", "class=zz-outbrain-box", "class=outbrainville"),
    ("related.taboola", "class=zz-taboola-box", "class=taboolaville"),
    ("related.zergnet", "class=zz-zergnet-box", "class=zergnetville"),
    ("related.revcontent", "class=zz-revcontent-box", "class=revcontentville"),
    ("related.mgid", "class=zz-mgid-box", "class=mgidville"),
    ("related.legends", "class=zz-legends-box", "class=legendsville"),
    ("related.wp-embedded-content", "class=wp-embedded-content", "id=wp-embedded-content"),
    ("related.relacionadas", "class=zz-relacionadas-box", "class=relacionadasville"),
    ("related.relacionados", "class=zz-relacionados-box", "class=relacionadosville"),
    ("related.relacionada", "class=zz-relacionada-box", "class=relacionadaville"),
    ("related.tambien", "class=zz-tambien-box", "class=tambienville"),
    ("related.correlati", "class=zz-correlati-box", "class=correlativille"),
    ("related.verwandte", "class=zz-verwandte-box", "class=verwandteville"),
    ("related.empfehlungen", "class=zz-empfehlungen-box", "class=empfehlungenville"),
    ("related.lire", "class=zz-lire-box", "class=lireville"),
    ("related.leia", "class=zz-leia-box", "class=leiaville"),
    ("comments.comment", "class=zz-comment-box", "class=commentville"),
    ("comments.comments", "class=zz-comments-box", "class=commentsville"),
    ("comments.commentlist", "class=zz-commentlist-box", "class=commentlistville"),
    ("comments.disqus", "class=zz-disqus-box", "class=disqusville"),
    ("comments.respond", "class=zz-respond-box", "class=respondville"),
    ("comments.replies", "class=zz-replies-box", "class=repliesville"),
    ("comments.discussion", "class=zz-discussion-box", "class=discussionville"),
    ("comments.comentarios", "class=zz-comentarios-box", "class=comentariosville"),
    ("comments.commentaires", "class=zz-commentaires-box", "class=commentairesville"),
    ("comments.kommentare", "class=zz-kommentare-box", "class=kommentareville"),
    ("comments.commenti", "class=zz-commenti-box", "class=commentiville"),
    ("ads.ad", "class=top-ad", "class=element-ad41c9e"),
    ("ads.aawp", "class=aawp-product", "class=aawpville"),
    ("ads.adv", "class=zz-adv-box", "class=zzAdvbox"),
    ("ads.dfp", "class=zz-dfp-box", "class=zzDfpbox"),
    ("ads.gpt", "class=zz-gpt-box", "class=zzGptbox"),
    ("ads.ads", "class=zz-ads-box", "class=adsville"),
    ("ads.advert", "class=zz-advert-box", "class=advertville"),
    ("ads.adverts", "class=zz-adverts-box", "class=advertsville"),
    ("ads.advertisement", "class=zz-advertisement-box", "class=advertisementville"),
    ("ads.advertising", "class=zz-advertising-box", "class=advertisingville"),
    ("ads.adsense", "class=zz-adsense-box", "class=adsenseville"),
    ("ads.adslot", "class=zz-adslot-box", "class=adslotville"),
    ("ads.adunit", "class=zz-adunit-box", "class=adunitville"),
    ("ads.adwrapper", "class=zz-adwrapper-box", "class=adwrapperville"),
    ("ads.sponsor", "class=zz-sponsor-box", "class=sponsorville"),
    ("ads.sponsored", "class=zz-sponsored-box", "class=sponsoredville"),
    ("ads.sponsors", "class=zz-sponsors-box", "class=sponsorsville"),
    ("ads.promo", "class=zz-promo-box", "class=promoville"),
    ("ads.promos", "class=zz-promos-box", "class=promosville"),
    ("ads.promotion", "class=zz-promotion-box", "class=promotionville"),
    ("ads.affiliate", "class=zz-affiliate-box", "class=affiliateville"),
    ("ads.publicidad", "class=zz-publicidad-box", "class=publicidadville"),
    ("ads.publicite", "class=zz-publicite-box", "class=publiciteville"),
    ("ads.publicidade", "class=zz-publicidade-box", "class=publicidadeville"),
    ("ads.werbung", "class=zz-werbung-box", "class=werbungville"),
    ("ads.anzeige", "class=zz-anzeige-box", "class=anzeigeville"),
    ("ads.pubblicita", "class=zz-pubblicita-box", "class=pubblicitaville"),
    ("ads.reclame", "class=zz-reclame-box", "class=reclameville"),
    ("ads.promoted", "class=promoted", "class=node node--promoted"),
    ("share.share", "class=zz-share-box", "class=shareville"),
    ("share.shares", "class=zz-shares-box", "class=sharesville"),
    ("share.sharing", "class=zz-sharing-box", "class=sharingville"),
    ("share.sharer", "class=zz-sharer-box", "class=sharerville"),
    ("share.sharebar", "class=zz-sharebar-box", "class=sharebarville"),
    ("share.sharedaddy", "class=zz-sharedaddy-box", "class=sharedaddyville"),
    ("share.social", "class=zz-social-box", "class=socialville"),
    ("share.socials", "class=zz-socials-box", "class=socialsville"),
    ("share.socialmedia", "class=zz-socialmedia-box", "class=socialmediaville"),
    ("share.addthis", "class=zz-addthis-box", "class=addthisville"),
    ("share.sharethis", "class=zz-sharethis-box", "class=sharethisville"),
    ("share.addtoany", "class=zz-addtoany-box", "class=addtoanyville"),
    ("share.follow", "class=zz-follow-box", "class=followville"),
    ("share.print", "class=print-button", "class=d-print-none"),
    ("share.bookmark", "class=zz-bookmark-box", "class=bookmarkville"),
    ("share.compartir", "class=zz-compartir-box", "class=compartirville"),
    ("share.partage", "class=zz-partage-box", "class=partageville"),
    ("share.partager", "class=zz-partager-box", "class=partagerville"),
    ("share.teilen", "class=zz-teilen-box", "class=teilenville"),
    ("share.condividi", "class=zz-condividi-box", "class=condividiville"),
    ("share.a2a", "class=a2a_kit", "class=a2ab"),
    ("newsletter.newsletter", "class=zz-newsletter-box", "class=newsletterville"),
    ("newsletter.subscribe", "class=zz-subscribe-box", "class=subscribeville"),
    ("newsletter.subscription", "class=zz-subscription-box", "class=subscriptionville"),
    ("newsletter.signup", "class=zz-signup-box", "class=signupville"),
    ("newsletter.login", "class=zz-login-box", "class=loginville"),
    ("newsletter.signin", "class=zz-signin-box", "class=signinville"),
    ("newsletter.register", "class=zz-register-box", "class=registerville"),
    ("newsletter.registration", "class=zz-registration-box", "class=registrationville"),
    ("consent.cookie", "class=zz-cookie-box", "class=cookieville"),
    ("consent.cookies", "class=zz-cookies-box", "class=cookiesville"),
    ("consent.consent", "class=zz-consent-box", "class=consentville"),
    ("consent.gdpr", "class=zz-gdpr-box", "class=gdprville"),
    ("consent.onetrust", "class=zz-onetrust-box", "class=onetrustville"),
    ("consent.cookiebot", "class=zz-cookiebot-box", "class=cookiebotville"),
    ("consent.cookieyes", "class=zz-cookieyes-box", "class=cookieyesville"),
    ("consent.complianz", "class=zz-complianz-box", "class=complianzville"),
    ("consent.cmplz", "class=zz-cmplz-box", "class=cmplzville"),
    ("consent.cmpbox", "class=zz-cmpbox-box", "class=cmpboxville"),
    ("consent.didomi", "class=zz-didomi-box", "class=didomiville"),
    ("consent.truste", "class=zz-truste-box", "class=trusteville"),
    ("consent.osano", "class=zz-osano-box", "class=osanoville"),
    ("consent.iubenda", "class=zz-iubenda-box", "class=iubendaville"),
    ("consent.borlabs", "class=zz-borlabs-box", "class=borlabsville"),
    ("consent.cky", "class=cky-consent-bar", "class=lucky-draw"),
    ("consent.qc-cmp", "class=qc-cmp2-container", "class=cmp-text"),
    ("consent.cmp-banner", "class=cmp-banner-box", "class=zz-cmp-banner"),
    ("consent.cmp-consent", "class=cmp-consent-box", "class=zz-cmp-consent"),
    ("chat.chat", "class=zz-chat-box", "class=chatville"),
    ("chat.chatbot", "class=zz-chatbot-box", "class=chatbotville"),
    ("chat.livechat", "class=zz-livechat-box", "class=livechatville"),
    ("chat.tidio", "class=zz-tidio-box", "class=tidioville"),
    ("chat.tawk", "class=zz-tawk-box", "class=tawkville"),
    ("chat.intercom", "class=zz-intercom-box", "class=intercomville"),
    ("chat.zendesk", "class=zz-zendesk-box", "class=zendeskville"),
    ("chat.joinchat", "class=zz-joinchat-box", "class=joinchatville"),
    ("chat.whatsapp", "class=zz-whatsapp-box", "class=whatsappville"),
    ("chat.messenger", "class=zz-messenger-box", "class=messengerville"),
    ("chat.jivo", "class=zz-jivo-box", "class=jivoville"),
    ("chat.jivosite", "class=zz-jivosite-box", "class=jivositeville"),
    ("chat.crisp", "class=zz-crisp-box", "class=zzCrispbox"),
    ("chat.drift", "class=zz-drift-box", "class=zzDriftbox"),
    ("chat.ctc", "class=zz-ctc-box", "class=zzCtcbox"),
    ("chat.hubspot", "class=zz-hubspot-box", "class=zzHubspotbox"),
    ("chat.wa", "class=wa-chat-box", "class=sc-kXWaPq"),
    ("chat.ht-ctc", "class=ht_ctc_chat_style", "class=ht-banner"),
    ("overlay.launcher", "class=mck-sidebox-launcher", "class=launcherville"),
    ("chrome.powered", "class=km-powered-by", "class=poweredville"),
    ("overlay.modal", "class=zz-modal-box", "class=modalville"),
    ("overlay.popup", "class=zz-popup-box", "class=popupville"),
    ("overlay.popover", "class=zz-popover-box", "class=popoverville"),
    ("overlay.overlay", "class=zz-overlay-box", "class=overlayville"),
    ("overlay.lightbox", "class=zz-lightbox-box", "class=lightboxville"),
    ("overlay.backtotop", "class=zz-backtotop-box", "class=backtotopville"),
    ("overlay.scrolltop", "class=zz-scrolltop-box", "class=scrolltopville"),
    ("overlay.totop", "class=zz-totop-box", "class=totopville"),
    ("overlay.gototop", "class=zz-gototop-box", "class=gototopville"),
    ("overlay.alert", "class=zz-alert-box", "class=alertville"),
    ("navigation.jump", "class=jump-to-comments", "class=cws-jump-section"),
    ("chrome.search", "class=zz-search-box", "class=searchville"),
    ("chrome.helpful", "class=was-this-helpful", "class=helpfulness"),
    ("chrome.feedback", "class=article-feedback", "class=feedbackville"),
    ("chrome.searchform", "class=zz-searchform-box", "class=searchformville"),
    ("chrome.tags", "class=zz-tags-box", "class=tagsville"),
    ("chrome.tagcloud", "class=zz-tagcloud-box", "class=tagcloudville"),
    ("chrome.taglist", "class=zz-taglist-box", "class=taglistville"),
    ("chrome.authorbox", "class=zz-authorbox-box", "class=authorboxville"),
    ("chrome.authorbio", "class=zz-authorbio-box", "class=authorbioville"),
    ("chrome.bio", "class=zz-bio-box", "class=zzBiobox"),
    ("chrome.author-box", "class=author-box author_box-title", "class=post-author-box-link"),
    ("ads.wpcnt", "class=wpcnt", "class=wpcntville"),
    ("ads.td-a-rec", "class=td-a-rec-id-content_inline", "class=zz-td-a-rec"),
    ("share.simplesocial", "class=simplesocial-simple-icons", "class=zz-simplesocial"),
    ("chat.userlike", "class=userlike-button", "class=userlikeness"),
    ("chat.zsiq", "class=zsiq_floatmain", "class=zsiqville"),
    ("chat.salesiq", "id=salesiq-chat", "class=salesiqville"),
    ("chat.conversations", "class=sib-conversations", "class=conversation"),
    ("newsletter.subscriptions", "class=wp-block-jetpack-subscriptions__container", "class=subscriptionsville"),
    ("newsletter.mailpoet", "class=mailpoet_form", "class=mailpoetry"),
    ("chrome.rating", "class=rmp-rating-widget", "class=ratingville"),
    ("chrome.ratings", "class=kk-star-ratings", "class=ratingsville"),
    ("chrome.kksr", "class=kksr-legend", "class=kksrville"),
    ("chrome.postratings", "class=zz-postratings-box", "class=postratingsville"),
    ("chrome.post-views", "class=post-views-count", "class=zz-post-views"),
    ("chrome.reading-time", "class=reading-time", "class=theme-reading-time"),
    ("chrome.rt-reading-time", "class=rt-reading-time", "class=zz-rt-reading-time"),
    ("chrome.span-reading-time", "class=span-reading-time", "class=zz-span-reading-time"),
    ("chrome.estimated-reading-time", "class=estimated-reading-time", "class=zz-estimated-reading-time"),
    ("hidden.hidden", "class=hidden", "class=field--label-hidden hidden-xs"),
    ("hidden.visuallyhidden", "class=visuallyhidden", "class=zz-visuallyhidden"),
    ("hidden.screenreader", "class=screenreader", "class=zz-screenreader"),
    ("hidden.element-invisible", "class=element-invisible", "class=zz-element-invisible"),
    ("hidden.invisible", "class=invisible", "class=zz-invisible"),
    ("hidden.sr-only", "class=sr-only-focusable", "class=sr-onlyx"),
    ("hidden.visually-hidden", "class=visually-hidden-box", "class=zz-visually-hidden"),
    ("hidden.screen-reader", "class=screen-reader-box", "class=zz-screen-reader"),
    ("layout.header", "class=zz-header-box", "class=headerville"),
    ("layout.footer", "class=zz-footer-box", "class=footerville"),
    ("layout.foot", "class=zz-foot-box", "class=footville"),
    ("layout.sidebar", "class=zz-sidebar-box", "class=sidebarville"),
    ("layout.extra", "class=zz-extra-box", "class=extraville"),
    ("layout.extras", "class=zz-extras-box", "class=extrasville"),
    ("layout.supplemental", "class=zz-supplemental-box", "class=supplementalville"),
    ("layout.aside", "class=zz-aside-box", "class=asideville"),
    ("layout.banner", "class=zz-banner-box", "class=bannerville"),
    ("layout.masthead", "class=zz-masthead-box", "class=mastheadville"),
    ("layout.rail", "class=zz-rail-box", "class=railville"),
    ("layout.links", "class=zz-links-box", "class=linksville"),
    ("layout.tools", "class=zz-tools-box", "class=toolsville"),
    ("layout.utility", "class=zz-utility-box", "class=utilityville"),
    ("layout.utilities", "class=zz-utilities-box", "class=utilitiesville"),
    ("layout.widget", "class=widget widget_text", "class=elementor-widget-container"),
    ("layout.widgets", "class=widgets-box", "class=zz-widgets"),
    ("layout.top", "class=top", "class=margin-top-4 border--top"),
    ("layout.bottom", "class=bottom", "class=padding-bottom"),
    ("meta.byline", "class=zz-byline-box", "class=bylineville"),
    ("meta.dateline", "class=zz-dateline-box", "class=datelineville"),
    ("meta.date", "class=zz-date-box", "class=dateville"),
    ("meta.timestamp", "class=zz-timestamp-box", "class=timestampville"),
    ("meta.time", "class=zz-time-box", "class=timeville"),
    ("meta.author", "class=zz-author-box", "class=authorville"),
    ("meta.credit", "class=zz-credit-box", "class=creditville"),
    ("meta.credits", "class=zz-credits-box", "class=creditsville"),
    ("meta.caption", "class=zz-caption-box", "class=captionville"),
    ("meta.categories", "class=zz-categories-box", "class=categoriesville"),
    ("meta.category", "class=zz-category-box", "class=categoryville"),
    ("meta.badge", "class=zz-badge-box", "class=badgeville"),
    ("meta.kicker", "class=zz-kicker-box", "class=kickerville"),
    ("meta.eyebrow", "class=zz-eyebrow-box", "class=eyebrowville"),
    ("meta.headline", "class=zz-headline-box", "class=headlineville"),
    ("meta.title", "class=zz-title-box", "class=titleville"),
    ("meta.firma", "class=zz-firma-box", "class=firmaville"),
    ("meta.autor", "class=zz-autor-box", "class=autorville"),
    ("meta.auteur", "class=zz-auteur-box", "class=auteurville"),
    ("meta.fecha", "class=zz-fecha-box", "class=fechaville"),
    ("meta.datum", "class=zz-datum-box", "class=datumville"),
    ("meta.meta", "class=zz-meta-box", "class=zzMetabox"),
    ("meta.info", "class=zz-info-box", "class=zzInfobox"),
    ("meta.label", "class=label", "class=field--label-above"),
    ("content.article", "class=zz-article-box", "class=articleville"),
    ("content.articlebody", "class=zz-articlebody-box", "class=articlebodyville"),
    ("content.body", "class=zz-body-box", "class=bodyville"),
    ("content.content", "class=zz-content-box", "class=contentville"),
    ("content.entry", "class=zz-entry-box", "class=entryville"),
    ("content.post", "class=zz-post-box", "class=postville"),
    ("content.story", "class=zz-story-box", "class=storyville"),
    ("content.text", "class=zz-text-box", "class=textville"),
    ("content.main", "class=zz-main-box", "class=mainville"),
    ("content.blog", "class=zz-blog-box", "class=blogville"),
    ("content.hentry", "class=zz-hentry-box", "class=hentryville"),
    ("content.prose", "class=zz-prose-box", "class=proseville"),
    ("content.richtext", "class=zz-richtext-box", "class=richtextville"),
    ("content.copy", "class=zz-copy-box", "class=copyville"),
    ("content.page", "class=zz-page-box", "class=pageville"),
    ("content.single", "class=zz-single-box", "class=singleville"),
    ("content.news", "class=zz-news-box", "class=newsville"),
    ("content.detail", "class=zz-detail-box", "class=detailville"),
    ("content.storycontent", "class=zz-storycontent-box", "class=storycontentville"),
    ("content.postcontent", "class=zz-postcontent-box", "class=postcontentville"),
    ("content.entrycontent", "class=zz-entrycontent-box", "class=entrycontentville"),
    ("content.articletext", "class=zz-articletext-box", "class=articletextville"),
    ("content.paragraph", "class=zz-paragraph-box", "class=paragraphville"),
    ("state.has", "class=has-box", "class=zz-has"),
    ("state.with", "class=with-box", "class=zz-with"),
    ("state.without", "class=without-box", "class=zz-without"),
    ("state.no", "class=no-box", "class=zz-no"),
    ("state.show", "class=show-box", "class=zz-show"),
    ("state.hide", "class=hide-box", "class=zz-hide"),
    ("state.enable", "class=enable-box", "class=zz-enable"),
    ("state.disable", "class=disable-box", "class=zz-disable"),
    ("state.is", "class=is-box", "class=zz-is"),
    ("state.supports", "class=supports-box", "class=zz-supports"),
    ("state.ctxt", "class=ctxt-box", "class=zz-ctxt"),
];

fn parse(v: &str) -> (Attribute, &str) {
    match v.split_once('=') {
        Some(("class", rest)) => (Attribute::Class, rest),
        Some(("id", rest)) => (Attribute::Id, rest),
        _ => panic!("a row value is class=… or id=…: {v:?}"),
    }
}

fn matches(rule: &str, value: &str) -> bool {
    let (attr, v) = parse(value);
    matching(v, attr).iter().any(|r| r.id == rule)
}

#[test]
fn every_rule_has_a_row_and_every_row_a_rule() {
    let rows: HashSet<&str> = ROWS.iter().map(|r| r.0).collect();
    assert_eq!(rows.len(), ROWS.len(), "a rule has two rows");
    let ids: HashSet<&str> = RULES.iter().map(|r| r.id).collect();
    assert_eq!(ids.len(), RULES.len(), "two rules share an id");
    let missing: Vec<_> = ids.difference(&rows).collect();
    assert!(missing.is_empty(), "rules without a row: {missing:?}");
    let stray: Vec<_> = rows.difference(&ids).collect();
    assert!(stray.is_empty(), "rows without a rule: {stray:?}");
}

#[test]
fn every_row_matches_and_misses_as_stated() {
    let mut failures = Vec::new();
    for &(id, yes, no) in ROWS {
        if !matches(id, yes) {
            failures.push(format!("{id} does not match {yes}"));
        }
        if matches(id, no) {
            failures.push(format!("{id} matches {no}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn rules_are_well_formed() {
    let mut seen = HashSet::new();
    for r in RULES {
        let ok = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit();
        let well = match r.scope {
            Scope::Prefix | Scope::Word => r
                .pattern
                .split('-')
                .all(|s| !s.is_empty() && s.bytes().all(ok)),
            _ => r.pattern.bytes().all(ok),
        };
        assert!(well, "{}: pattern {:?}", r.id, r.pattern);
        assert!(!r.note.is_empty(), "{}: no note", r.id);
        assert!(
            r.id.starts_with(r.concept.name()),
            "{}: id names another concept",
            r.id
        );
        // Two rules on one pattern in one scope: only the first would count.
        assert!(
            seen.insert((r.pattern, r.scope)),
            "{}: same pattern and scope twice",
            r.id
        );
        // Two-letter words match only in narrow scopes.
        if r.pattern.len() <= 2 && r.kind != Kind::State {
            assert_ne!(
                r.scope,
                Scope::Token,
                "{}: a short word needs a narrow scope",
                r.id
            );
        }
    }
}

/// One row per entry of the metadata vocabulary
/// (`gleaner::rules::metadata::META_RULES`): a value the rule's pattern
/// matches in its scope and one it does not (class/id values, a `role`
/// value, or an element name, as the scope reads).
#[rustfmt::skip]
const META_ROWS: &[(&str, &str, &str)] = &[
    ("byline-name.byline", "post-byline", "by-line"),
    ("byline-name.author", "entry-author", "auth-box"),
    ("byline-name.writtenby", "writtenby", "written-by"),
    ("byline-name.hide-authority", "domain-authority", "author"),
    ("byline-name.not-bio", "author-bio", "author-b-io"),
    ("byline-name.not-about", "about-author", "ab-out"),
    ("byline-name.not-avatar", "author-avatar", "author-ava"),
    ("byline-name.not-image", "author-image", "author-imag"),
    ("byline-name.not-photo", "author-photo", "author-pho"),
    ("byline-name.not-img", "author-img", "author-im"),
    ("byline-name.not-follow", "follow-author", "fol-low"),
    ("byline-name.not-more", "more-by-author", "mo-re"),
    ("byline-name.not-social", "author-social", "author-soc"),
    ("byline-name.not-comment", "comment-author", "com-ment"),
    ("date-name.date", "post-date", "dat-e"),
    ("date-name.publish", "published-on", "pub-lish"),
    ("date-name.timestamp", "story-timestamp", "time-stamp"),
    ("date-name.general-info", "article-general-info", "general_info"),
    ("date-name.not-update", "date-updated", "date"),
    ("date-name.not-modif", "date-modified", "date-mod"),
    ("menu.element-nav", "nav", "navbar"),
    ("menu.role-navigation", "navigation", "navigation-bar"),
    ("menu.role-menu", "menu", "menus"),
    ("menu.role-menubar", "menubar", "menu-bar"),
    ("menu.role-menuitem", "menuitem", "menu"),
    ("menu.nav", "main-nav", "navy"),
    ("menu.navigation", "site_navigation", "navigations"),
    ("menu.navbar", "top navbar", "navbars"),
    ("menu.menu", "menu__item", "menuItem"),
    ("menu.submenu", "sub submenu", "submenus"),
    ("menu.megamenu", "megamenu-col", "mega-menus"),
    ("menu.menubar", "menubar-item", "menubars"),
    ("figure.element-figure", "figure", "figures"),
    ("figure.element-figcaption", "figcaption", "caption"),
    ("comments.comment", "comment-list", "post-comment"),
    ("comments.comments", "commentsBox", "commentsbox"),
    ("comments.commentlist", "commentlist", "comment-list"),
    ("comments.not-open", "comments-open", "reopen"),
    ("comments.not-closed", "comments-closed", "enclosed"),
    ("time-updated.updated", "entry-date updated", "update"),
    ("time-updated.modified", "date-modified", "date-modif"),
    ("time-published.publish", "publish-date", "pub-date"),
    ("line-updated.updated", "last-updated", "update"),
    ("line-updated.modif", "modification", "mod-if"),
    ("line-published.publish", "published", "pub"),
    ("line-published.posted", "posted-on", "post-on"),
    ("line-published.entry-date", "entry-date", "entry_date"),
    ("meta-key-updated.modif", "article:modified", "mod"),
    ("meta-key-updated.updated", "page-last-updated", "update"),
    ("meta-key-updated.last_update", "cdc:last_update", "last-update"),
    ("meta-key-published.publish", "w-published-date", "pub-date"),
    ("meta-key-published.pubdate", "sailthru.pubdate", "pub-date"),
    ("meta-key-published.release_date", "release_date", "release-date"),
    ("meta-key-published.not-expir", "publish-expiry", "publish"),
    ("meta-key-published.not-publisher", "article:publisher", "published"),
    ("foreign-dates.element-nav", "nav", "navbar"),
    ("foreign-dates.element-aside", "aside", "asides"),
    ("foreign-dates.element-footer", "footer", "foot"),
    ("foreign-dates.element-figcaption", "figcaption", "figure"),
    ("foreign-dates.element-blockquote", "blockquote", "q"),
    ("foreign-dates.element-a", "a", "abbr"),
    ("logo.logo", "site-Logo", "log-o"),
];

#[test]
fn every_metadata_rule_has_one_row_and_matches_as_stated() {
    use gleaner::rules::metadata::{matches, META_RULES};
    let rows: HashSet<&str> = META_ROWS.iter().map(|r| r.0).collect();
    assert_eq!(rows.len(), META_ROWS.len(), "a rule has two rows");
    let ids: HashSet<&str> = META_RULES.iter().map(|r| r.id).collect();
    assert_eq!(ids.len(), META_RULES.len(), "two rules share an id");
    let missing: Vec<_> = ids.difference(&rows).collect();
    assert!(missing.is_empty(), "rules without a row: {missing:?}");
    let stray: Vec<_> = rows.difference(&ids).collect();
    assert!(stray.is_empty(), "rows without a rule: {stray:?}");
    let mut failures = Vec::new();
    for &(id, yes, no) in META_ROWS {
        let Some(rule) = META_RULES.iter().find(|r| r.id == id) else {
            continue;
        };
        if !matches(rule, yes) {
            failures.push(format!("{id} does not match {yes:?}"));
        }
        if matches(rule, no) {
            failures.push(format!("{id} matches {no:?}"));
        }
        assert!(!rule.note.is_empty(), "{id}: no note");
        assert!(
            id.starts_with(rule.concept.name()),
            "{id}: id names another concept"
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn metadata_vetoes_and_hidden_words_override_a_match() {
    use gleaner::rules::metadata::{names, MetaConcept as C, MetaScope as S};
    assert!(names(C::BylineName, S::Substring, "post-author"));
    assert!(!names(C::BylineName, S::Substring, "author-bio"));
    assert!(!names(C::BylineName, S::Substring, "domain-authority"));
    assert!(names(C::BylineName, S::Substring, "authority author"));
    assert!(names(C::DateName, S::Substring, "entry-date"));
    assert!(!names(C::DateName, S::Substring, "date-updated"));
    assert!(names(C::Comments, S::FirstToken, "comment-list"));
    // A state word leaves the value's other words in play.
    assert!(!names(C::Comments, S::FirstToken, "comments-open"));
    assert!(names(
        C::Comments,
        S::FirstToken,
        "comments-open commentBody"
    ));
    assert!(names(
        C::MetaKeyPublished,
        S::Substring,
        "article_publish_date"
    ));
    assert!(!names(C::MetaKeyPublished, S::Substring, "publisher"));
}

/// One row per `<title>` separator
/// (`gleaner::rules::metadata::TITLE_SEPARATORS`): the separator and
/// whether it splits off a known site name, an unknown one, and a site
/// name's slogan. The test builds the three pages and checks the
/// extracted title and site name.
#[rustfmt::skip]
const SEPARATOR_ROWS: &[(&str, bool, bool, bool)] = &[
    (" | ", true, true, true),
    (" - ", true, false, true),
    (" – ", true, true, true),
    (" — ", true, true, true),
    (" :: ", true, true, false),
    (" · ", true, true, false),
    (" • ", true, true, false),
    (" // ", true, false, false),
    (" » ", true, true, false),
    (" : ", true, false, false),
    (": ", false, false, true),
];

#[test]
fn every_title_separator_has_one_row_and_splits_as_stated() {
    use gleaner::rules::metadata::TITLE_SEPARATORS;
    let texts: Vec<&str> = TITLE_SEPARATORS.iter().map(|s| s.text).collect();
    let rows: Vec<&str> = SEPARATOR_ROWS.iter().map(|r| r.0).collect();
    assert_eq!(texts, rows, "one row per separator, in the table's order");
    const BODY: &str = "<article><p>The river town of Millbrook voted on Tuesday to rebuild its old wooden footbridge, closed last spring after an inspection.</p><p>Work is expected to start in early summer and to take about four months in all.</p></article>";
    let headline = "Millbrook votes to rebuild its footbridge";
    let title = |head: &str| {
        let html = format!("<html><head>{head}</head><body>{BODY}</body></html>");
        gleaner::extract(&html, None).unwrap()
    };
    let mut failures = Vec::new();
    for (sep, row) in TITLE_SEPARATORS.iter().zip(SEPARATOR_ROWS) {
        let s = sep.text;
        assert!(!sep.note.is_empty(), "{s:?}: no note");
        let known = title(&format!(
            "<title>{headline}{s}Quay Wire</title><meta property=\"og:site_name\" content=\"Quay Wire\">"
        ));
        let split = known.title.as_deref() == Some(headline);
        if split != row.1 || split != sep.known_site {
            failures.push(format!(
                "{s:?} known site: split {split}, title {:?}",
                known.title
            ));
        }
        let unknown = title(&format!("<title>{headline}{s}Quay Wire</title>"));
        let split = unknown.title.as_deref() == Some(headline);
        if split != row.2 || split != sep.unknown_site {
            failures.push(format!(
                "{s:?} unknown site: split {split}, title {:?}",
                unknown.title
            ));
        }
        let slogan = title(&format!(
            "<meta property=\"og:site_name\" content=\"Quay Wire{s}News of the harbour town\"><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"{headline}\",\"publisher\":{{\"@type\":\"Organization\",\"name\":\"Quay Wire\"}}}}</script>"
        ));
        let split = slogan.site_name.as_deref() == Some("Quay Wire");
        // " : " and " :: " hold the slogan separator ": ": their slogan
        // split is that one's.
        let holds_other = TITLE_SEPARATORS
            .iter()
            .any(|t| t.tagline && t.text != s && s.contains(t.text));
        if row.3 != sep.tagline || (!holds_other && split != row.3) {
            failures.push(format!(
                "{s:?} slogan: split {split}, site {:?}",
                slogan.site_name
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// One row per syndication text rule (`gleaner::rules::syndication::TEXT_RULES`):
/// a text the rule's patterns match in its scope, one they do not, and for
/// a rule that removes, a block the stripper (or, for labels and lines,
/// the assembler) removes at the tail of a post, reported under the rule's
/// id.
#[rustfmt::skip]
const TEXT_ROWS: &[(&str, &str, &str, &str)] = &[
    ("marker.exact", "» Source link.", "Source link for the budget figures",
        r#"<p><a href="https://tidewater.example/story">Source link</a></p>"#),
    ("marker.appeared-first", "The post Harbour fees rise appeared first on Quay Wire.", "The post office appeared in the film.",
        r#"<p>The post Harbour fees rise appeared first on <a href="https://tidewater.example/">Tidewater Times</a>.</p>"#),
    ("marker.weak", "Via: Quay Wire", "Viaduct closed", "<p>Author: Anna Weber</p>"),
    ("marker.prefix", "Source: Quay Wire", "Sourced locally",
        r#"<p>Source: <a href="https://tidewater.example/story">Tidewater Times</a></p>"#),
    ("marker.prefix-intl", "Weiterlesen auf Quay Wire", "Wir lesen weiter",
        r#"<p>Weiterlesen auf <a href="https://tidewater.example/story">Tidewater Times</a></p>"#),
    ("marker.prefix-credit", "Courtesy of Quay Wire", "Of course, courtesy matters",
        r#"<p>Courtesy of <a href="https://tidewater.example/story">Tidewater Times</a></p>"#),
    ("marker.outlet-lead", "the RSS feed of Quay Wire", "the feed was late", ""),
    ("marker.pointer", "→ tidewater.example", "Quay Wire → the harbour",
        r#"<p>→ <a href="https://www.tidewater.example/2024/05/mooring-fees-rise">tidewater.example</a></p>"#),
    ("marker.press-noun", "Créditos: Diario del Valle", "Credit: Marta Linde", ""),
    ("marker.title-article", "La Vedetta Lagunare", "Lagoon news", ""),
    ("marker.text-label", "Texte et photos : Verger Info", "Context matters", ""),
    ("marker.image-label", "Foto: Jana Brook", "Photography class", ""),
    ("marker.source-label", "Source: agency", "Resources", ""),
    ("marker.origin-word", "Originally published by Orchard Weekly", "An origin story", ""),
    ("marker.reproduction-word", "Reproduced with permission", "Reproduction costs rose", ""),
    ("marker.byline-for", "Story by Lena Marsh for Orchard Weekly", "A formal story", ""),
    ("widget.phrase", "Hi! How can we help?", "Help arrived within hours.", "<p>Hi! How can we help?</p>"),
    ("legal.notice", "All rights reserved.", "All rights were reserved for members.",
        "<p>This site uses affiliate links and may earn a commission on purchases.</p>"),
    ("legal.phrase", "Read our privacy policy", "The policy on privacy changed", ""),
    ("legal.rights-owners", "All rights belong to their respective owners.", "The rights of tenants belong in law", ""),
    ("legal.disclaimer-label", "Disclaimer: views are the author's", "A disclaimer: none",
        "<p>Haftungsausschluss: Die Angaben sind ohne Gewähr.</p>"),
    ("legal.post-self-reference", "This article was generated by our team", "In this article we",
        "<p>This article was generated automatically from a feed and not reviewed by our editors.</p>"),
    ("byline.prefix", "Posted on 12 May by admin", "It was posted on Monday", "<p>Posted on 12 May 2024 by admin</p>"),
    ("byline.date-stamp-word", "by and on December 21, 2023 at 3:53 p.m.", "Harbour fees rose", ""),
    ("byline.month-intl", "28 febrero 2024", "Los febreros", ""),
    ("byline.count-noun", "Tempo di lettura: 6 minuti", "Reading the harbour tides", "<p>Visualizzazioni: 579</p>"),
    ("byline.word", "von Anna Weber", "Anna Weber", ""),
    ("byline.placeholder-author", "Admin", "Admin tools", ""),
    ("promo.phrase", "Stay tuned for more", "He stayed in tune", ""),
    ("follow.platform", "Follow us on Telegram", "Follow the river north",
        "<p>Join our Telegram channel for daily news.</p>"),
    ("address.self-word", "Join our channel!", "Join the hour", ""),
    ("address.reader-word", "Thank you.", "Thank the team", ""),
    ("address.reader-word-cased", "Schreiben Sie uns", "Schreiben sie uns", ""),
    ("widget.software-credit", "Powered by FeedFiller", "The plant is powered by wind",
        r#"<p>Powered by <a href="https://feedfiller.example/">FeedFiller</a></p>"#),
    ("widget.greeting", "👋 Hi, how are you?", "History repeats", "<p>👋 Hi, how are you?</p>"),
    ("label.exact", "ADVERTISEMENT", "Advertisement revenue fell", "<p>Advertisement</p>"),
    ("label.prefix", "Article continues below this ad", "The article continues",
        "<p>Article continues below this ad</p>"),
    ("label.ad-word", "La noticia continúa tras la publicidad", "Adverse weather", ""),
    ("label.continue-word", "L'articolo continua dopo la pubblicità", "Continuity", ""),
    ("label.share-verb", "Condividi l'articolo", "Shared costs", ""),
    ("label.share-object", "Diesen Artikel teilen", "Die Artikelserie", ""),
    ("line.prefix", "RELATED: Ten things to know", "Related research shows",
        "<p>RELATED: Ten ways to save water in the garden</p>"),
    ("line.contains", "Jane Roe contributed to this report.", "Jane Roe reported this",
        "<p>Jane Roe contributed to this report.</p>"),
    ("caption.image-extension", "IMG_4521.JPG", "Harbour at dusk", "<p>IMG_4521.JPG</p>"),
    ("caption.size-word", "harbour-crane-scaled.jpg", "harbour-crane.jpg", ""),
    ("caption.slug-word", "221230 hp video", "Harbour at dusk", ""),
    ("content.post-content-widget", "elementor-element elementor-widget-theme-post-content",
        "elementor-widget-container", ""),
    ("caption.untitled-upload", "Senza titolo", "Senza titolo, la mostra",
        r#"<p><img src="https://quaywire.example/uploads/senza-titolo.jpg" alt=""></p><p>Senza titolo</p>"#),
    ("caption.upload-mark", "unbenannt-min.jpg", "unbenannt.jpg", ""),
    ("caption.capture-upload", "Capture", "Capture the harbour",
        r#"<p><img src="https://quaywire.example/uploads/capture.png" alt=""></p><p>Capture</p>"#),
];

#[test]
fn every_syndication_rule_has_one_row_and_matches_as_stated() {
    use gleaner::rules::syndication::{TextKind, TEXT_RULES};
    let rows: HashSet<&str> = TEXT_ROWS.iter().map(|r| r.0).collect();
    assert_eq!(rows.len(), TEXT_ROWS.len(), "a rule has two rows");
    let ids: HashSet<&str> = TEXT_RULES.iter().map(|r| r.id).collect();
    assert_eq!(ids.len(), TEXT_RULES.len(), "two rules share an id");
    let missing: Vec<_> = ids.difference(&rows).collect();
    assert!(missing.is_empty(), "rules without a row: {missing:?}");
    let stray: Vec<_> = rows.difference(&ids).collect();
    assert!(stray.is_empty(), "rows without a rule: {stray:?}");
    let mut failures = Vec::new();
    for &(id, yes, no, block) in TEXT_ROWS {
        let Some(rule) = TEXT_RULES.iter().find(|r| r.id == id) else {
            continue;
        };
        if rule.find(yes).is_none() {
            failures.push(format!("{id} does not match {yes:?}"));
        }
        if let Some(p) = rule.find(no) {
            failures.push(format!("{id} matches {no:?} ({p:?})"));
        }
        assert!(!rule.note.is_empty(), "{id}: no note");
        assert!(
            id.starts_with(rule.concept.name()),
            "{id}: id names another concept"
        );
        // A rule that removes says under which reason, and has a block to
        // remove; the others neither.
        let removes = rule.kind == TextKind::Removes;
        assert_eq!(removes, !rule.reports.is_empty(), "{id}: reports");
        assert_eq!(removes, !block.is_empty(), "{id}: removed block");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Six paragraphs of a Quay Wire story whose prose never names the site
/// (on a page that republishes, a short block naming the site is its
/// plug): the body the report tests put their rows' blocks after.
fn harbour_story() -> String {
    (0..6)
        .map(|i| {
            format!(
                "<p>The harbour board met for the {i}th time this spring and agreed to raise \
                 the mooring fees, which had not changed for a decade, by a tenth.</p>"
            )
        })
        .collect()
}

/// Each rule that removes, removes its row's block at the tail of a post,
/// and the explain report names the rule (`<reason>:<id>("<pattern>")`).
#[test]
fn every_removing_syndication_rule_is_named_in_the_report() {
    use gleaner::rules::syndication::{TextKind, TEXT_RULES};
    // The page is Quay Wire's; its prose never names the site (on a page
    // that republishes, a short block naming the site is its plug).
    let story = harbour_story();
    let extractor = gleaner::Extractor::builder().explain(true).build();
    let url = gleaner::Url::parse("https://quaywire.example/news/fees").expect("url");
    let mut failures = Vec::new();
    for &(id, _, _, block) in TEXT_ROWS {
        let removes = TEXT_RULES
            .iter()
            .any(|r| r.id == id && r.kind == TextKind::Removes);
        if !removes {
            continue;
        }
        let html = format!(
            "<html><head><title>Mooring fees rise | Quay Wire</title>\
             <meta property=\"og:site_name\" content=\"Quay Wire\"></head><body><article>\
             <h1>Mooring fees rise</h1>{story}{block}</article></body></html>"
        );
        let article = match extractor.extract(&html, Some(&url)) {
            Ok(a) => a,
            Err(e) => {
                failures.push(format!("{id}: {e}"));
                continue;
            }
        };
        let named = article
            .removed
            .iter()
            .any(|r| r.rule.contains(&format!(":{id}(")));
        if !named {
            failures.push(format!("{id}: not named; removed {:?}", article.removed));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every list of the syndication stripper and of the line patterns
/// (`pub const NAME: &[…]` in `src/rules/syndication.rs` and
/// `src/rules/lines.rs`) is the patterns of one typed rule in
/// `src/rules/phrases.rs`: a list added without its rule fails here.
#[test]
fn every_syndication_list_is_a_typed_rule() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
    let read = |f: &str| std::fs::read_to_string(src.join(f)).unwrap_or_default();
    let lists = read("syndication.rs") + &read("lines.rs");
    let rules = read("phrases.rs");
    let names: Vec<&str> = lists
        .lines()
        .filter_map(|l| l.strip_prefix("pub const "))
        .filter_map(|l| l.split_once(": &["))
        .map(|(name, _)| name)
        .collect();
    assert!(names.len() >= 20, "lists not found: {names:?}");
    let untyped: Vec<&&str> = names
        .iter()
        .filter(|n| {
            !rules.contains(&format!("Patterns::List({n})"))
                && !rules.contains(&format!("Patterns::Pairs({n})"))
        })
        .collect();
    assert!(untyped.is_empty(), "lists without a rule: {untyped:?}");
}

/// One row per check of the syndication stripper that is no list (the
/// site's name, its tagline, its plugs, links to its own posts, credits
/// under images, what follows a credit, an outlet's promotion): a block at
/// the tail of a post (a page of Quay Wire, `og:site_name` "Quay Wire",
/// under a header whose tagline is "News that moves every day"), a text of
/// it, and the start of the rule the report must give for it
/// (`<family>:<check>(<what fired>`). With `republished`, the post ends
/// with a marker linking another outlet's original.
#[rustfmt::skip]
const CHECK_ROWS: &[(&str, bool, &str, &str, &str)] = &[
    ("brand.site-name", false, "<p>Quay Wire</p>", "Quay Wire",
        "branding:site-name:brand.site-name(og:site_name \"quay wire\")"),
    ("brand.site-name-with-words", false, "<p>Quay Wire · since 2019</p>", "since 2019",
        "branding:site-name:brand.site-name-with-words(og:site_name \"quay wire\", 2<=BRANDING_MAX_EXTRA_WORDS=4 words)"),
    // The block spells the host, so the walk takes it as a name the page
    // shows (a table layout's bold site name): it is named as such.
    ("brand.site-name(host)", false, "<p>QuayWire</p>", "QuayWire",
        "branding:site-name:brand.site-name(line spelling the host \"quaywire\")"),
    ("brand.tagline", false, "<p>News that moves, every day</p>", "News that moves",
        "branding:tagline:brand.tagline(header \"news that moves every day\")"),
    ("promo.republished-names-site", true, "<p>Quay Wire brings you the harbour news first.</p>", "brings you",
        "branding:self-promotion:promo.republished-names-site(og:site_name \"quay wire\")"),
    ("promo.phrase", false, "<p>Stay tuned to Quay Wire for the next board meeting.</p>", "Stay tuned",
        "branding:self-promotion:promo.phrase(\"stay tuned\"; og:site_name \"quay wire\")"),
    ("brand.plug", false, "<h3>Do you run a harbour business? Advertise with Quay Wire!</h3>", "Advertise with",
        "branding:plug:brand.plug(og:site_name \"quay wire\", "),
    ("promo.own-address", false, "<p>Write to Quay Wire at news@quaywire.example if you have a tip!</p>", "Write to",
        "branding:self-promotion:promo.own-address(og:site_name \"quay wire\")"),
    ("links.own-link-list", false,
        r#"<p>From the board: <a href="https://quaywire.example/news/a">Dredging starts in May</a>, <a href="https://quaywire.example/news/b">New harbour master named</a></p>"#,
        "From the board", "links:own-site:links.own-link-list(2 links, "),
    ("byline.placeholder-author", false, "<p>Admin</p>", "Admin",
        "byline:theme:byline.placeholder-author(\"admin\")"),
    ("byline.counter", false, "<p>1.6K</p>", "1.6K", "byline:theme:byline.counter"),
    ("links.labelled-own-link-line", false,
        r#"<p>Next up: <a href="https://quaywire.example/news/ferry">The ferry timetable changes on Monday</a></p>"#,
        "Next up", "links:own-site:links.labelled-own-link-line(1 links, "),
    ("links.embedded-own-post", false,
        r#"<blockquote><p><a href="https://quaywire.example/news/pier">The old pier reopens to walkers</a></p></blockquote>"#,
        "old pier", "links:own-site:links.embedded-own-post(1 links, "),
    ("links.own-post-teasers", false,
        r#"<ul><li><p><a href="https://quaywire.example/news/a">Dredging starts in May</a></p><p>The channel is cleared for larger boats.</p></li><li><p><a href="https://quaywire.example/news/b">New harbour master named</a></p><p>She takes over from a thirty-year veteran.</p></li></ul>"#,
        "Dredging starts", "links:own-site:links.own-post-teasers(2 items)"),
    ("caption:credit", false,
        r#"<p><img src="https://quaywire.example/img/harbour-view.jpg" alt=""></p><p>Source: Harbour Photo Agency</p>"#,
        "Harbour Photo Agency", "caption:credit:marker.prefix(\"source:\")"),
    ("syndication.after-credit", true, "", "The board meets again",
        "syndication:after-credit:syndication.after-credit("),
    ("outlet.promo-names-outlet", true, "<p>Download the Tidewater Times app for more news.</p>", "Download the",
        "syndication:outlet-promo:outlet.promo-names-outlet(\"tidewater times\")"),
    ("credit.read-on-outlet", false,
        r#"<p>Whole piece at <a href="https://tidewater.example/2024/05/harbour-fees">Tidewater Times</a> »</p>"#,
        "Whole piece", "syndication:marker:credit.read-on-outlet"),
    ("notice.disclosure-imported", false,
        "<p>This item was fetched automatically via RSS.</p>", "fetched automatically",
        "legal:text:notice.disclosure-imported"),
    ("credit.bracketed-source-link", false,
        r#"<p>[Source: <a href="https://tidewater.example/story">tidewater.example</a>]</p>"#,
        "tidewater.example", "syndication:marker:credit.bracketed-source-link(\"source\")"),
    ("credit.bracketed-source-glued", false,
        "<p>The board meets again in June. (Source: Harbour Echo)</p>",
        "Harbour Echo", "syndication:marker:credit.bracketed-source-glued(\"source\")"),
    ("credit.bracketed-source-title", false,
        "<p>(Source: The Quayside Lantern)</p>",
        "Quayside Lantern", "syndication:marker:credit.bracketed-source-title(\"source\")"),
    ("credit.quoted-source", false,
        r#"<blockquote><p><cite>Source: <a href="https://tidewater.example/story">Tidewater Times</a></cite></p></blockquote>"#,
        "Tidewater Times", "syndication:marker:credit.quoted-source(\"source\")"),
];

/// Each check that is no list names itself and what it found in the
/// report: the site's name and where the page gave it, the figures against
/// their limit.
#[test]
fn every_check_that_is_no_list_says_what_fired() {
    let story = harbour_story();
    let extractor = gleaner::Extractor::builder().explain(true).build();
    let url = gleaner::Url::parse("https://quaywire.example/news/fees").expect("url");
    let mut failures = Vec::new();
    for &(id, republished, block, needle, want) in CHECK_ROWS {
        // A republished post closes on its credit; "after-credit" is the
        // short line the plugin prints after it.
        let tail = if republished {
            "<p>Source: <a href=\"https://tidewater.example/story\">Tidewater Times</a></p>\
             <p>The board meets again in June.</p>"
        } else {
            ""
        };
        let html = format!(
            "<html><head><title>Mooring fees rise | Quay Wire</title>\
             <meta property=\"og:site_name\" content=\"Quay Wire\"></head><body>\
             <header><p class=\"site-description\">News that moves every day</p></header>\
             <article><h1>Mooring fees rise</h1>{story}{block}{tail}</article></body></html>"
        );
        let article = match extractor.extract(&html, Some(&url)) {
            Ok(a) => a,
            Err(e) => {
                failures.push(format!("{id}: {e}"));
                continue;
            }
        };
        let rule = article
            .removed
            .iter()
            .find(|r| r.preview.contains(needle))
            .map(|r| r.rule.as_str());
        if !rule.is_some_and(|r| r.starts_with(want)) {
            failures.push(format!(
                "{id}: {rule:?}, want {want:?}…; removed {:?}",
                article.removed
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Where two rules could name a removal, the report names the one that
/// decided, as the check passed it on, not a sibling found again in the
/// text: "Hinweis: this page uses affiliate links …" holds a phrase of
/// `legal.notice` too, but one notice phrase alone is not legal small
/// print; its disclaimer label decided.
#[test]
fn the_reported_rule_is_the_one_that_decided() {
    let story = harbour_story();
    let html = format!(
        "<html><body><article><h1>Mooring fees rise</h1>{story}\
         <p>Hinweis: this page uses affiliate links to pay its writers.</p></article></body></html>"
    );
    let article = gleaner::Extractor::builder()
        .explain(true)
        .build()
        .extract(&html, None)
        .expect("extracts");
    let rule = article
        .removed
        .iter()
        .find(|r| r.preview.starts_with("Hinweis"))
        .map(|r| r.rule.as_str());
    assert_eq!(
        rule,
        Some("legal:text:legal.disclaimer-label(\"hinweis:\")"),
        "{:?}",
        article.removed
    );
}
