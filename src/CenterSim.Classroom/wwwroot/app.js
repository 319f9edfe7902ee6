// CenterSim classroom: plays a run's recorded events (live from the server over server-sent events, or
// embedded in a replay page) as racks of chips, the queue, price, power, money and narration.
(function () {
  'use strict';
  var COLORS = { startup: '#e74c3c', sme: '#3498db', enterprise: '#8e44ad', university: '#27ae60', research: '#f1c40f', key_project: '#e67e22' };
  var $ = function (id) { return document.getElementById(id); };
  var st = null, source = null, lessons = [], before = null, after = null, applied = 0;

  function fmt(v) { return v == null ? '–' : Math.abs(v) >= 100 ? Math.round(v).toLocaleString('en') : (Math.round(v * 10) / 10).toString(); }

  function reset(pb) {
    st = { pb: pb, moneyBy: [], servers: {}, failed: {}, asleep: {}, queue: {}, price: null, money: null, throttle: {}, profit: [], bought: {}, abandoned: {}, t: 0 };
    applied = 0;
    $('title').textContent = pb.title;
    $('chartTitle').textContent = pb.centers > 1 ? 'IT power of all centers, kW · 所有中心 IT 功率（千瓦）' : 'profit against break-even · 利润与盈亏平衡线';
    $('narration').innerHTML = '';
    var racks = $('racks'); racks.innerHTML = '';
    pb.racks.forEach(function (r, i) {
      var div = document.createElement('div'); div.className = 'rack'; div.id = 'rack-' + i;
      div.innerHTML = '<div class="label">' + (pb.centers > 1 ? r.center + ' ' : '') + 'rack ' + (i + 1) + ' · ' + (i + 1) + ' 号机柜 <span></span></div>';
      for (var s = 0; s < r.servers; s++) {
        var sv = document.createElement('div'); sv.className = 'server'; sv.id = 'server-' + (r.firstServer + s);
        for (var c = 0; c < r.chipsPerServer; c++) { var ch = document.createElement('div'); ch.className = 'chip'; sv.appendChild(ch); }
        div.appendChild(sv);
      }
      racks.appendChild(div);
    });
    $('legend').innerHTML = Object.keys(COLORS).map(function (k) { return '<span class="legend"><i style="background:' + COLORS[k] + '"></i>' + k + '</span>'; }).join('') +
      '<span class="legend"><i style="background:#ddd"></i>idle 空闲</span><span class="legend"><i style="background:#9bb7d4"></i>asleep 休眠</span><span class="legend"><i style="background:#444"></i>failed 故障</span>';
    render();
  }

  function drawServer(s) {
    var el = $('server-' + s); if (!el) return;
    el.classList.toggle('failed', !!st.failed[s]);
    el.classList.toggle('asleep', !!st.asleep[s] && !st.failed[s]);
    var cells = el.children, i = 0, jobs = st.servers[s] || {};
    Object.keys(jobs).forEach(function (j) { for (var k = 0; k < jobs[j].chips && i < cells.length; k++) cells[i++].style.background = COLORS[jobs[j].category] || '#999'; });
    for (; i < cells.length; i++) cells[i].style.background = '';
  }

  function apply(pe) {
    var e = pe.event;
    st.t = e.t; applied++;
    switch (e.kind) {
      case 'routed': st.queue[e.job] = true; break;
      case 'bought': st.queue[e.job] = true; st.bought[e.category] = (st.bought[e.category] || 0) + e.chipHours; break;
      case 'abandoned': st.abandoned[e.category] = (st.abandoned[e.category] || 0) + 1; break;
      case 'started':
        delete st.queue[e.job];
        e.servers.forEach(function (s, k) { (st.servers[s] = st.servers[s] || {})[e.job] = { chips: e.serverChips[k], category: e.category }; drawServer(s); });
        break;
      case 'finished': case 'preempted': case 'killed':
        (e.servers || []).forEach(function (s) { if (st.servers[s]) delete st.servers[s][e.job]; drawServer(s); });
        if (e.kind !== 'finished') st.queue[e.job] = true;
        break;
      case 'failed': st.failed[e.server] = true; drawServer(e.server); break;
      case 'repaired': delete st.failed[e.server]; drawServer(e.server); break;
      case 'asleep': st.asleep[e.server] = true; drawServer(e.server); break;
      case 'waking': delete st.asleep[e.server]; drawServer(e.server); break;
      case 'price': st.price = e.price; break;
      case 'throttle':
        st.throttle[e.rack] = e.speed;
        var rk = $('rack-' + e.rack);
        if (rk) { rk.classList.toggle('throttled', e.speed < 1); rk.querySelector('span').textContent = e.speed < 1 ? Math.round(e.speed * 100) + '%' : ''; }
        break;
      case 'money':
        st.moneyBy[e.center || 0] = e.money;
        if ((e.center || 0) === st.pb.centers - 1) { st.money = sum(st.moneyBy); st.profit.push([e.t, line(st.money)]); }
        break;
    }
    if (pe.say) say(pe.say);
  }

  // A network run's money is its centers' together.
  function sum(list) {
    var o = {};
    list.forEach(function (m) { Object.keys(m).forEach(function (k) { if (typeof m[k] === 'number') o[k] = (o[k] || 0) + m[k]; }); });
    o.rackKw = [].concat.apply([], list.map(function (m) { return m.rackKw; }));
    return o;
  }

  function series(pb) {
    var by = [], out = [];
    pb.events.forEach(function (p) {
      var e = p.event; if (e.kind !== 'money') return;
      by[e.center || 0] = e.money;
      if ((e.center || 0) === pb.centers - 1) out.push([e.t, line(sum(by))]);
    });
    return out;
  }

  // The chart's line: profit where the run has a market, else (a network of centers) IT power.
  function line(m) { return m.profitYuan != null ? m.profitYuan : m.itKw; }

  function say(s) {
    var lang = $('lang').value, li = document.createElement('li');
    li.textContent = lang === 'en' ? s.en : lang === 'zh' ? s.zh : s.zh + ' — ' + s.en;
    var ol = $('narration'); ol.insertBefore(li, ol.firstChild);
    while (ol.children.length > 40) ol.removeChild(ol.lastChild);
  }

  function row(k, v, extra) { return '<tr><td>' + k + '</td><td class="n">' + v + '</td><td>' + (extra || '') + '</td></tr>'; }

  function render() {
    if (!st) return;
    var d = Math.floor(st.t / 86400), h = Math.floor(st.t % 86400 / 3600), m = Math.floor(st.t % 3600 / 60);
    $('clock').textContent = 'day ' + d + ' ' + (h < 10 ? '0' : '') + h + ':' + (m < 10 ? '0' : '') + m + ' · 第 ' + d + ' 天';
    var mo = st.money || {}, cap = st.pb.capKw, kw = mo.itKw;
    var rackMax = mo.rackKw ? Math.max.apply(null, mo.rackKw) : null;
    var power = cap ? '<div class="bar' + (rackMax >= cap - 0.01 ? ' over' : '') + '" style="width:' + Math.min(100, (rackMax || 0) / cap * 100) + '%"></div>busiest rack ' + fmt(rackMax) + ' / cap ' + fmt(cap) + ' kW' : '';
    $('now').innerHTML = row('queue · 排队任务', Object.keys(st.queue).length) + row('price · 价格', fmt(st.price), 'yuan/chip-h 元/卡时') +
      row('IT power · IT 功率', fmt(kw), 'kW 千瓦') + (cap ? '<tr><td colspan="3">' + power + '</td></tr>' : '');
    $('money').innerHTML = row('tenants\' cash · 租户现金', fmt(mo.tenantCashYuan)) + row('voucher wallets · 算力券余额', fmt(mo.voucherWalletYuan)) +
      row('voucher pool paid out · 券池已发放', fmt(mo.treasuryYuan == null ? null : -mo.treasuryYuan)) + row('provider revenue · 运营方收入', fmt(mo.revenueYuan)) +
      row('electricity bill · 电费', fmt(mo.energyYuan)) + row('chips + operations · 折旧+运维', fmt(mo.capitalYuan == null ? null : mo.capitalYuan + mo.operationsYuan)) +
      row('<b>profit · 利润</b>', '<b>' + fmt(mo.profitYuan) + '</b>');
    drawChart();
    document.body.dataset.applied = applied;
  }


  function drawChart() {
    var c = $('chart'), g = c.getContext('2d'), W = c.width, H = c.height, lines = [[st.profit, '#223', 'now']];
    if (before) lines.push([series(before), '#999', 'before']);
    if (after) lines.push([series(after), '#e74c3c', 'what-if']);
    var T = st.pb.durationSeconds || 1, lo = 0, hi = 0;
    lines.forEach(function (l) { l[0].forEach(function (p) { lo = Math.min(lo, p[1]); hi = Math.max(hi, p[1]); }); });
    if (hi === lo) hi = lo + 1;
    var x = function (t) { return 40 + (W - 50) * t / T; }, y = function (v) { return 10 + (H - 30) * (hi - v) / (hi - lo); };
    g.clearRect(0, 0, W, H); g.font = '11px sans-serif';
    if (st.pb.centers === 1) {
      g.strokeStyle = '#2a2'; g.setLineDash([5, 4]); g.beginPath(); g.moveTo(40, y(0)); g.lineTo(W - 10, y(0)); g.stroke(); g.setLineDash([]);
      g.fillStyle = '#2a2'; g.fillText('break-even 盈亏平衡', 44, y(0) - 3);
    }
    g.fillStyle = '#222'; g.fillText(fmt(hi), 2, 14); g.fillText(fmt(lo), 2, H - 20); g.fillText('days 天 →', W - 70, H - 4);
    lines.forEach(function (l, i) {
      g.strokeStyle = l[1]; g.lineWidth = i === 0 ? 2.5 : 1.5; g.beginPath();
      l[0].forEach(function (p, k) { if (k === 0) g.moveTo(x(p[0]), y(p[1])); else g.lineTo(x(p[0]), y(p[1])); }); g.stroke();
      g.fillStyle = l[1]; g.fillText(l[2], W - 60, 14 + 12 * i);
    });
    c.dataset.lines = lines.length; c.dataset.after = after ? series(after).length : 0;
  }

  function tally(pb) {
    var o = { bought: {}, abandoned: {} }, last = null;
    pb.events.forEach(function (p) {
      var e = p.event;
      if (e.kind === 'bought') o.bought[e.category] = (o.bought[e.category] || 0) + e.chipHours;
      if (e.kind === 'abandoned') o.abandoned[e.category] = (o.abandoned[e.category] || 0) + 1;
      if (e.kind === 'routed' && e.reason === 'moved') o.moved = (o.moved || 0) + 1;
      if (e.kind === 'money') { o.by = o.by || []; o.by[e.center || 0] = e.money; last = sum(o.by); }
    });
    o.money = last || {}; o.summary = pb.summary || {}; return o;
  }

  function whatIf() {
    if (!before) return;
    var a = tally(before), b = after ? tally(after) : null, cats = {};
    [a, b].forEach(function (t) { if (t) Object.keys(t.bought).concat(Object.keys(t.abandoned)).forEach(function (k) { cats[k] = 1; }); });
    var r = function (k, f) { return '<tr><td>' + k + '</td><td class="n">' + fmt(f(a)) + '</td><td class="n">' + (b ? fmt(f(b)) : '…') + '</td></tr>'; };
    var html = '<table><tr><th></th><th>before 之前</th><th>what-if 假如</th></tr>' + r('profit · 利润', function (t) { return t.money.profitYuan; }) +
      r('revenue · 收入', function (t) { return t.money.revenueYuan; }) +
      r('chips busy, % · 芯片利用率', function (t) { return t.summary.utilization * 100; }) +
      r('mean job time, h · 平均完成时间', function (t) { return t.summary.mean_jct_hours; });
    if (before.centers > 1) html += r('jobs moved to another region · 跨区调度任务', function (t) { return t.moved || 0; });
    Object.keys(cats).sort().forEach(function (k) {
      html += r(k + ' chip-hours bought · 购买卡时', function (t) { return t.bought[k] || 0; }) + r(k + ' gave up · 放弃', function (t) { return t.abandoned[k] || 0; });
    });
    $('whatif').innerHTML = html + '</table>' + (after ? '<small id="rerun">rerun on the same seed: ' + Math.round(after.wallMs) + ' ms from slider to chart (simulation ' + Math.round(after.runSeconds * 1000) + ' ms) · 同一随机种子重算用时</small>' : '');
  }

  function query(withSliders) {
    var q = 'lesson=' + encodeURIComponent($('lesson').value);
    if (withSliders) document.querySelectorAll('#sliders input').forEach(function (i) { q += '&set=' + encodeURIComponent(i.dataset.key + '=' + i.value); });
    return q;
  }

  function sliders(lesson) {
    var box = $('sliders'); box.innerHTML = '<h3>what if · 假如</h3>';
    lesson.sliders.forEach(function (s) {
      var d = document.createElement('div'); d.className = 'slider';
      d.innerHTML = '<label>' + s.labelEn + ' · ' + s.labelZh + ' <input type="range" min="' + s.min + '" max="' + s.max + '" step="' + s.step + '" value="' + s.value + '" data-key="' + s.key + '"> <output>' + s.value + '</output></label>';
      var input = d.querySelector('input');
      input.addEventListener('input', function () { d.querySelector('output').textContent = input.value; });
      input.addEventListener('change', rerun);
      box.appendChild(d);
    });
  }

  function rerun() {
    $('whatif').dataset.state = 'running';
    var asked = performance.now();
    fetch('/api/run?' + query(true)).then(function (r) { if (!r.ok) return r.text().then(function (t) { throw new Error(t); }); return r.json(); })
      .then(function (pb) { after = pb; after.wallMs = performance.now() - asked; whatIf(); drawChart(); $('whatif').dataset.state = 'done'; $('whatif').dataset.ms = Math.round(after.wallMs); })
      .catch(function (err) { $('whatif').textContent = String(err.message || err); $('whatif').dataset.state = 'error'; });
  }

  function play() {
    if (source) source.close();
    after = null; before = null;
    source = new EventSource('/api/stream?' + query(false) + '&speed=' + $('speed').value);
    source.addEventListener('start', function (m) { var pb = JSON.parse(m.data); reset(pb); });
    source.onmessage = function (m) { apply(JSON.parse(m.data)); };
    source.addEventListener('end', function () { source.close(); render(); });
    fetch('/api/run?' + query(false)).then(function (r) { return r.json(); }).then(function (pb) { before = pb; whatIf(); });
  }

  function replay(pb) {
    $('lesson').style.display = 'none'; $('play').textContent = '▶ replay · 回放'; before = pb;
    $('play').onclick = function () {
      reset(pb); whatIf();
      var i = 0, t0 = performance.now(), speed = +$('speed').value;
      (function step() {
        var simT = (performance.now() - t0) / 1000 * speed * 3600;
        while (i < pb.events.length && pb.events[i].event.t <= simT) apply(pb.events[i++]);
        if (i < pb.events.length) requestAnimationFrame(step);
      })();
    };
    reset(pb); whatIf();
  }

  setInterval(render, 200);
  if (window.REPLAY) { replay(window.REPLAY); return; }
  fetch('/api/lessons').then(function (r) { return r.json(); }).then(function (ls) {
    lessons = ls;
    $('lesson').innerHTML = ls.map(function (l) { return '<option value="' + l.name + '">' + l.titleEn + ' · ' + l.titleZh + '</option>'; }).join('');
    var pick = function () { var l = lessons.filter(function (x) { return x.name === $('lesson').value; })[0]; sliders(l); $('title').textContent = l.titleEn + ' · ' + l.titleZh; };
    $('lesson').onchange = pick; pick();
    $('play').onclick = play;
  });
})();
