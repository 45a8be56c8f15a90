// The auditor's timeline: a static page that reads the audit service's JSON API with the bearer
// token the auditor pastes (kept in this tab's sessionStorage, sent only in the Authorization
// header, never in an address). Everything shown is built with text nodes: no markup from data.
'use strict';

(() => {
  const TOKEN_KEY = 'titrepro.audit.token';
  /** The audit service's JSON routes the page reads (role auditor). */
  const ROUTES = {
    history: (candidateId, query) => `/candidates/${encodeURIComponent(candidateId)}/history${query}`,
    // Replay judges the decisions as recorded: the page shows the verdicts of those the history shows.
    replay: (candidateId) => `/candidates/${encodeURIComponent(candidateId)}/replay`,
    verify: () => '/verify',
  };
  const SERVICE_LABELS = {
    'candidate-registry': 'Registre des candidats',
    evaluation: 'Évaluation',
    jury: 'Jury',
    'document-issuance': 'Délivrance des documents',
  };
  const FLAG_LABELS = {
    'facts-differ': 'Faits enregistrés différents des faits re-dérivés',
    'verdict-differs': 'Verdict que les règles ne donneraient pas',
    'rule-refuses': 'Les règles refusent cette décision',
    'missing-citation': 'Cite une révision ou une pièce qui n’existe pas',
    'unknown-rulebook': 'Référentiel de règles inconnu',
    unreadable: 'Événement illisible',
  };
  const DOCUMENT_STATUS = { issued: 'Émis', superseded: 'Remplacé', revoked: 'Révoqué', erased: 'Effacé' };
  const DOCUMENT_KINDS = { parchment: 'Parchemin', booklet: 'Livret de certification' };
  const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'medium', timeZone: 'Europe/Paris' });
  const dateOnly = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });

  const byId = (id) => document.getElementById(id);

  /** `el('p', {className: 'x'}, 'text', child)`: an element with properties and text or element children. */
  const el = (tag, props, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props ?? {})) {
      if (value === undefined || value === null) continue;
      if (key.startsWith('data-') || key.startsWith('aria-') || key === 'role') node.setAttribute(key, String(value));
      else node[key] = value;
    }
    for (const child of children.flat(Infinity)) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  };

  const fr = (text) => (text && typeof text === 'object' ? (text.fr ?? text.en ?? '') : (text ?? ''));
  const when = (iso) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? String(iso) : dateTime.format(date);
  };
  const day = (iso) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? String(iso) : dateOnly.format(date);
  };
  const serviceLabel = (service) => SERVICE_LABELS[service] ?? service ?? 'service inconnu';
  const keyOf = (item) => `${item.service ?? ''}/${item.region ?? ''}/${item.streamId ?? ''}/${item.revision ?? ''}`;

  const show = (id, visible) => {
    byId(id).hidden = !visible;
  };
  const setStatus = (text, kind) => {
    const status = byId('status');
    status.textContent = text;
    status.dataset.kind = kind ?? 'info';
  };

  /** GET on the audit API with the token; a refusal is thrown with the problem's title or detail. */
  const getJson = async (path, token) => {
    const response = await fetch(path, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' }, cache: 'no-store', credentials: 'omit' });
    const body = await response.json().catch(() => undefined);
    if (!response.ok) {
      const detail = body && (body.detail ?? body.title);
      const error = new Error(`${response.status} ${detail ?? response.statusText}`);
      error.status = response.status;
      throw error;
    }
    return body;
  };

  // ---- rendering ---------------------------------------------------------------------------

  const factsList = (facts, known) => {
    if (known === false || facts === undefined) return el('p', { className: 'unknown' }, 'Faits inconnus (événement antérieur à la trace complète)');
    if (facts === null || typeof facts !== 'object') return el('code', {}, JSON.stringify(facts));
    const entries = Object.entries(facts);
    if (entries.length === 0) return el('p', { className: 'muted' }, 'Aucun fait');
    return el(
      'dl',
      { className: 'facts' },
      entries.map(([name, value]) => [el('dt', {}, name), el('dd', {}, typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value))]),
    );
  };

  const ruleRow = (rule, flags) => {
    const flagged = flags.filter((flag) => flag.ruleId === rule.ruleId);
    const passed = typeof rule.passed === 'boolean' ? rule.passed : null;
    return el(
      'tr',
      { className: flagged.length > 0 ? 'flagged-rule' : '', 'data-rule-id': rule.ruleId },
      el('th', { scope: 'row' }, el('code', { className: 'rule-id' }, rule.ruleId), rule.subject ? el('span', { className: 'muted' }, ` (${rule.subject})`) : null),
      el('td', {}, factsList(rule.facts, rule.factsKnown)),
      passed === null
        ? el('td', { className: 'verdict unknown' }, 'Verdict non enregistré')
        : el('td', { className: passed ? 'verdict passed' : 'verdict failed' }, passed ? '✔ Satisfaite' : '✘ Non satisfaite'),
      el(
        'td',
        { className: 'explanation', lang: 'fr' },
        fr(rule.explanation),
        flagged.map((flag) => el('p', { className: 'flag-line' }, '⚠ ', fr(flag.message) || FLAG_LABELS[flag.kind] || flag.kind)),
      ),
    );
  };

  const decisionDetails = (entry) => {
    const { decision } = entry;
    const flags = entry.flags ?? [];
    const body = el('div', { className: 'decision-body' });
    if (flags.length > 0) {
      body.append(
        el(
          'div',
          { className: 'flag-box', role: 'note' },
          el('p', { className: 'flag-title' }, '⚠ Décision signalée par le re-jeu'),
          el(
            'ul',
            {},
            flags.map((flag) =>
              el('li', {}, el('strong', {}, FLAG_LABELS[flag.kind] ?? flag.kind), flag.ruleId ? [' — règle ', el('code', {}, flag.ruleId)] : null, fr(flag.message) ? ` : ${fr(flag.message)}` : ''),
            ),
          ),
        ),
      );
    }
    body.append(el('p', {}, 'Référentiel de règles : ', el('code', { className: 'rulebook-id' }, decision.rulebookId ?? 'inconnu')));
    const rules = decision.rules ?? [];
    if (rules.length > 0) {
      body.append(
        el(
          'table',
          { className: 'rules' },
          el('caption', {}, 'Règles appliquées, faits lus et verdicts'),
          el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Règle'), el('th', { scope: 'col' }, 'Faits'), el('th', { scope: 'col' }, 'Verdict'), el('th', { scope: 'col' }, 'Explication'))),
          el('tbody', {}, rules.map((rule) => ruleRow(rule, flags))),
        ),
      );
    }
    const cites = decision.cites ?? [];
    if (cites.length > 0) {
      const where = (cite) => (cite.service ? ` (${serviceLabel(cite.service)}${cite.region ? `, région ${cite.region}` : ''})` : cite.region ? ` (région ${cite.region})` : '');
      const what = { stream: 'Flux', evidence: 'Pièce', 'source-event': 'Événement' };
      body.append(
        el('h4', {}, 'Ce que la décision cite'),
        el(
          'ul',
          { className: 'cites' },
          cites.map((cite) =>
            el(
              'li',
              {},
              `${what[cite.kind] ?? cite.kind} `,
              el('code', {}, cite.id),
              cite.revision === null || cite.revision === undefined ? '' : ` à la révision ${cite.revision}`,
              where(cite),
              (cite.sha256s ?? []).length > 0 ? [' — empreinte ', (cite.sha256s ?? []).map((hash) => el('code', { className: 'hash', title: hash }, hash.slice(0, 16)))] : '',
            ),
          ),
        ),
      );
    }
    const unchecked = entry.unchecked ?? [];
    if (unchecked.length > 0) {
      body.append(el('h4', {}, 'Non vérifié par le re-jeu'), el('ul', { className: 'unchecked' }, unchecked.map((item) => el('li', {}, item.ruleId ? [el('code', {}, item.ruleId), ' : '] : '', item.reason))));
    }
    return body;
  };

  const entryItem = (entry, index) => {
    const flagged = (entry.flags ?? []).length > 0;
    const broken = entry.broken !== undefined && entry.broken !== null;
    const classes = ['entry', `service-${entry.service ?? 'unknown'}`];
    if (entry.decision) classes.push('decision');
    if (flagged) classes.push('flagged');
    if (broken) classes.push('broken');
    const markers = [];
    if (flagged) markers.push(el('span', { className: 'marker flagged-marker' }, '⚠ Décision signalée'));
    if (broken) markers.push(el('span', { className: 'marker broken-marker' }, '✖ Maillon rompu'));
    const head = [
      el('time', { dateTime: entry.occurredAt, className: 'when' }, when(entry.occurredAt)),
      el('span', { className: 'badge service' }, serviceLabel(entry.service)),
      el('span', { className: 'badge region' }, `Région ${entry.region ?? '?'}`),
      markers,
      el('span', { className: 'summary', lang: 'fr' }, fr(entry.summary) || entry.type),
    ];
    const meta = el(
      'p',
      { className: 'entry-meta' },
      `${entry.type} · `,
      entry.actor ? `par ${entry.actor.subject} (${entry.actor.role}) · ` : '',
      entry.recordedIn && entry.recordedIn !== entry.region ? `enregistré en région ${entry.recordedIn} · ` : '',
      `flux `,
      el('code', {}, entry.streamId ?? '?'),
      ` révision ${entry.revision} · empreinte `,
      el('code', { className: 'hash', title: entry.hash }, String(entry.hash ?? '').slice(0, 12)),
    );
    const item = el('li', { className: classes.join(' '), id: `entry-${index}`, 'data-key': keyOf(entry) });
    if (broken) item.append(el('p', { className: 'broken-line', role: 'note' }, `✖ Chaîne rompue à cette révision : ${entry.broken.reason ?? ''}`));
    if (entry.decision) {
      const details = el('details', { className: 'decision-details' }, el('summary', {}, head, el('span', { className: 'open-hint' }, 'Voir la décision')), meta, decisionDetails(entry));
      item.append(details);
    } else {
      item.append(el('div', { className: 'entry-head' }, head), meta);
    }
    return item;
  };

  const renderAlerts = (flaggedEntries, broken, unreadSources) => {
    const list = byId('alert-list');
    list.replaceChildren();
    for (const source of unreadSources) {
      list.append(el('li', { className: 'alert unread' }, el('strong', {}, '⚠ Magasin non lu : '), `${serviceLabel(source.service)}, région ${source.region}`, source.error ? ` — ${source.error}` : '', ' (la chronologie peut être incomplète)'));
    }
    for (const entry of flaggedEntries) {
      const target = `entry-${entry.index}`;
      list.append(
        el(
          'li',
          { className: 'alert flagged' },
          el('strong', {}, '⚠ Décision signalée : '),
          `${entry.type} (${serviceLabel(entry.service)}, région ${entry.region}) — `,
          (entry.flags ?? []).map((flag) => FLAG_LABELS[flag.kind] ?? flag.kind).join(' ; '),
          ' ',
          el('a', { href: `#${target}`, className: 'jump', 'data-target': target }, 'aller à la décision'),
        ),
      );
    }
    for (const link of broken) {
      list.append(
        el('li', { className: 'alert broken' }, el('strong', {}, '✖ Maillon rompu : '), `${serviceLabel(link.service)}, région ${link.region}, flux `, el('code', {}, link.streamId), ` révision ${link.revision}`, link.reason ? ` — ${link.reason}` : ''),
      );
    }
    const count = flaggedEntries.length + broken.length + unreadSources.length;
    show('alerts', count > 0);
    byId('alerts-title').textContent = count > 0 ? `Anomalies (${count})` : 'Anomalies';
    byId('alerts').setAttribute('role', count > 0 ? 'alert' : 'region');
  };

  const renderLegend = (entries) => {
    const lanes = [...new Set(entries.map((entry) => `${entry.service}|${entry.region}`))].sort();
    byId('legend').replaceChildren(
      el('span', { className: 'muted' }, 'Sur cet axe : '),
      ...lanes.map((lane) => {
        const [service, region] = lane.split('|');
        return el('span', { className: `badge service service-${service}` }, `${serviceLabel(service)} · ${region}`);
      }),
    );
  };

  const renderDocuments = (documents) => {
    const body = byId('documents').tBodies[0];
    body.replaceChildren(
      ...documents.map((document_) =>
        el(
          'tr',
          { className: `document status-${document_.status}` },
          el('td', {}, `${DOCUMENT_KINDS[document_.kind] ?? document_.kind} `, el('code', {}, document_.documentId)),
          el('td', {}, document_.region),
          el('td', {}, document_.on ? day(document_.on) : ''),
          el('td', {}, el('span', { className: `badge status ${document_.status}` }, DOCUMENT_STATUS[document_.status] ?? document_.status)),
        ),
      ),
    );
    show('documents-section', documents.length > 0);
  };

  /** One view of the three answers: entries in time order, each with its replay flags and broken link. */
  const viewOf = (history, replay, verification) => {
    const replays = new Map((replay?.decisions ?? []).map((decision) => [keyOf(decision), decision]));
    // The candidate's streams only: the verification covers whole stores.
    const streams = new Set(history.entries.map((entry) => `${entry.service}/${entry.region}/${entry.streamId}`));
    const broken = (verification?.brokenLinks ?? []).filter((link) => streams.has(`${link.service}/${link.region}/${link.streamId}`));
    const brokenByKey = new Map(broken.map((link) => [keyOf(link), link]));
    const entries = history.entries.map((entry, index) => {
      const replayed = replays.get(keyOf(entry));
      return { ...entry, index, flags: replayed?.flags ?? [], unchecked: replayed?.unchecked ?? [], broken: brokenByKey.get(keyOf(entry)) };
    });
    return { entries, broken, documents: history.state?.documents ?? [], unreadSources: (history.sources ?? []).filter((source) => !source.read) };
  };

  const render = (candidateId, asOf, view) => {
    const timeline = byId('timeline');
    timeline.replaceChildren(...view.entries.map((entry) => entryItem(entry, entry.index)));
    renderLegend(view.entries);
    const flaggedEntries = view.entries.filter((entry) => entry.flags.length > 0);
    renderAlerts(flaggedEntries, view.broken, view.unreadSources);
    renderDocuments(view.documents);
    byId('result-meta').textContent = `Candidat ${candidateId} · ${view.entries.length} événement(s) · ${asOf ? `état au ${day(asOf)}` : "état d'aujourd'hui"}`;
    show('result', true);
  };

  // ---- wiring -------------------------------------------------------------------------------

  const load = async () => {
    const token = byId('token').value.trim();
    const candidateId = byId('candidate').value.trim();
    const asOf = byId('as-of').value;
    if (!token || !candidateId) return;
    sessionStorage.setItem(TOKEN_KEY, token);
    // The candidate and the date (not the token) go in the fragment, which no request carries.
    history.replaceState(null, '', `#candidat=${encodeURIComponent(candidateId)}${asOf ? `&au=${asOf}` : ''}`);
    setStatus('Chargement…', 'info');
    const query = asOf ? `?asOf=${encodeURIComponent(asOf)}` : '';
    try {
      const [historyAnswer, replay, verification] = await Promise.all([
        getJson(ROUTES.history(candidateId, query), token),
        getJson(ROUTES.replay(candidateId), token),
        getJson(ROUTES.verify(candidateId), token),
      ]);
      render(candidateId, asOf, viewOf(historyAnswer, replay, verification));
      setStatus('Chronologie chargée.', 'ok');
    } catch (error) {
      show('result', false);
      show('alerts', false);
      show('documents-section', false);
      setStatus(error.status === 401 || error.status === 403 ? `Accès refusé (${error.message}) : vérifiez le jeton et son rôle.` : `Échec du chargement : ${error.message}`, 'error');
    }
  };

  document.addEventListener('DOMContentLoaded', () => {
    const saved = sessionStorage.getItem(TOKEN_KEY);
    if (saved) byId('token').value = saved;
    const fragment = new URLSearchParams(location.hash.slice(1));
    if (fragment.get('candidat')) byId('candidate').value = fragment.get('candidat');
    if (fragment.get('au')) byId('as-of').value = fragment.get('au');
    byId('query').addEventListener('submit', (event) => {
      event.preventDefault();
      void load();
    });
    byId('as-of').addEventListener('change', () => {
      if (byId('candidate').value && byId('token').value) void load();
    });
    byId('forget').addEventListener('click', () => {
      sessionStorage.removeItem(TOKEN_KEY);
      byId('token').value = '';
      setStatus('Jeton oublié.', 'info');
    });
    byId('alert-list').addEventListener('click', (event) => {
      const link = event.target.closest('a.jump');
      if (!link) return;
      event.preventDefault();
      const target = byId(link.dataset.target);
      const details = target?.querySelector('details');
      if (details) details.open = true;
      target?.scrollIntoView({ block: 'center' });
      target?.querySelector('summary')?.focus();
    });
    if (saved && byId('candidate').value) void load();
  });
})();
