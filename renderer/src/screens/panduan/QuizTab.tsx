import { useState, type FormEvent } from 'react'
import type { QuizPaperView, QuizResult } from '../../../../shared/commands/panduan'
import { formatDateLong } from '../../lib/dateText'
import { QUIZ_ROLES, QUIZ_TOPIC_LABELS, type QuizRole } from '../../../../shared/panduan/questions'
import { useInvoke } from '../../api/context'
import { CommandFailure, toFailure } from '../../api/invoke'
import { useCommand } from '../../api/useCommand'
import { useBook } from '../../app/BookContext'
import { DataTable } from '../../components/DataTable'
import { FailureNotice } from '../../components/FailureNotice'
import { SelectField, TextField } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { TermHelp } from '../../components/TermHelp'
import { t } from '../../i18n'
import { today } from '../../lib/dates'
import { MemberPicker } from '../savings/MemberPicker'
import { useFormGuard } from '../../lib/unsaved'
import { formatPercent } from '../../../../shared/money/decimal-text'
import { ScrollRegion } from '../../components/ScrollRegion'

const Q = () => t.panduan.quiz
const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F']

/** Panduan › Tes pemahaman: start a paper for a person, answer it, see and print the result; past results. */
export function QuizTab({ query }: { query: Record<string, string> }) {
  const [paper, setPaper] = useState<QuizPaperView | null>(null)
  const [result, setResult] = useState<QuizResult | null>(null)
  const [opened, setOpened] = useState<number | null>(query.hasil ? Number(query.hasil) || null : null)
  const [historyNonce, setHistoryNonce] = useState(0)
  if (result)
    return (
      <ResultSheet
        result={result}
        onAgain={() => {
          setResult(null)
          setPaper(null)
          setHistoryNonce((n) => n + 1)
        }}
      />
    )
  if (paper)
    return (
      <PaperForm
        paper={paper}
        onDone={(r) => {
          setPaper(null)
          setResult(r)
        }}
      />
    )
  if (opened !== null) return <OpenedResult attemptId={opened} onBack={() => setOpened(null)} />
  return (
    <div className="quiz">
      <p className="panduan-intro">{Q().intro}</p>
      <StartForm onStarted={setPaper} />
      <History key={historyNonce} onOpen={setOpened} />
    </div>
  )
}

function StartForm({ onStarted }: { onStarted: (p: QuizPaperView) => void }) {
  const invoke = useInvoke()
  const [role, setRole] = useState<QuizRole>('PENGURUS')
  const [officerId, setOfficerId] = useState('')
  const [memberId, setMemberId] = useState<number | null>(null)
  const [name, setName] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<CommandFailure | null>(null)
  const officers = useCommand(
    'org.list',
    role === 'ANGGOTA' ? null : { asOf: today(), body: role, includeEnded: false }
  )
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setError(null)
    const person =
      role === 'ANGGOTA'
        ? memberId !== null
          ? { memberId }
          : name.trim()
            ? { name: name.trim() }
            : null
        : officerId
          ? { officerId: Number(officerId) }
          : name.trim()
            ? { name: name.trim() }
            : null
    if (!person) {
      setError(new CommandFailure({ code: 'INVALID_INPUT', message: Q().needPerson, field: 'name' }))
      return
    }
    setBusy(true)
    try {
      onStarted(await invoke('panduan.quizStart', { role, ...person }))
    } catch (e) {
      setError(toFailure(e))
    } finally {
      setBusy(false)
    }
  }
  const list = officers.data ?? []
  return (
    <form className="card quiz-start" onSubmit={(e) => void submit(e)} noValidate aria-label={Q().startTitle}>
      <h2 className="card__title">{Q().startTitle}</h2>
      <div className="form-grid">
        <SelectField
          label={Q().role}
          value={role}
          onChange={(v) => {
            setRole(v as QuizRole)
            setOfficerId('')
            setMemberId(null)
          }}
          options={QUIZ_ROLES.map((r) => ({ value: r, label: Q().roles[r]! }))}
          term={role === 'PENGAWAS' ? 'pengawas' : role === 'PENGURUS' ? 'pengurus' : 'anggota'}
        />
        {role === 'ANGGOTA' ? (
          <MemberPicker value={memberId} onChange={setMemberId} />
        ) : (
          <SelectField
            label={Q().personOfficer}
            value={officerId}
            onChange={setOfficerId}
            options={list.map((o) => ({ value: String(o.id), label: `${o.name} — ${o.positionLabel}` }))}
            placeholder={list.length === 0 && !officers.loading ? Q().noOfficers : Q().choose}
          />
        )}
        <TextField label={Q().personName} value={name} onChange={setName} hint={Q().personNameHint} optional />
      </div>
      <FailureNotice error={error} />
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? Q().starting : Q().start}
        </button>
      </div>
    </form>
  )
}

function PaperForm({ paper, onDone }: { paper: QuizPaperView; onDone: (r: QuizResult) => void }) {
  const guard = useFormGuard()
  const invoke = useInvoke()
  const [answers, setAnswers] = useState<(number | null)[]>(() => paper.questions.map(() => null))
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<CommandFailure | null>(null)
  const open = answers.filter((a) => a === null).length
  const send = async () => {
    setBusy(true)
    setError(null)
    try {
      onDone(await invoke('panduan.quizSubmit', { attemptId: paper.attemptId, answers }))
      guard.saved()
    } catch (e) {
      setError(toFailure(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form
      {...guard.props}
      className="card quiz-paper"
      data-testid="quiz-paper"
      onSubmit={(e) => {
        e.preventDefault()
        if (open > 0 && !confirming) setConfirming(true)
        else void send()
      }}
      noValidate
    >
      <h2 className="card__title">{Q().paperTitle(Q().roles[paper.role]!, paper.person.name)}</h2>
      <p className="muted">{Q().paperIntro(paper.questions.length, paper.passPercent)}</p>
      <ol className="quiz-questions">
        {paper.questions.map((q, i) => (
          <li key={q.no} className="quiz-question">
            <p className="quiz-question__head">
              <span className="quiz-question__no">{Q().question(q.no)}</span>{' '}
              <span className="badge badge--muted">{QUIZ_TOPIC_LABELS[q.topic]}</span>
              {q.computed && <span className="badge badge--info">{Q().computedBadge}</span>}
            </p>
            <fieldset className="quiz-question__set">
              <legend className="quiz-question__body">{q.question}</legend>
              {q.options.map((o, j) => (
                <label key={j} className="quiz-option">
                  <input
                    type="radio"
                    name={`soal-${q.no}`}
                    checked={answers[i] === j}
                    onChange={() => {
                      setAnswers((a) => a.map((x, k) => (k === i ? j : x)))
                      setConfirming(false)
                    }}
                  />
                  <span className="quiz-option__letter">{LETTERS[j]}.</span> {o}
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ol>
      <p className="muted" aria-live="polite">
        {Q().answered(answers.length - open, answers.length)}
      </p>
      {confirming && <Notice tone="warning">{Q().unanswered(open)}</Notice>}
      <FailureNotice error={error} />
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? Q().submitting : confirming ? Q().submitAnyway : Q().submit}
        </button>
      </div>
    </form>
  )
}

function OpenedResult({ attemptId, onBack }: { attemptId: number; onBack: () => void }) {
  const r = useCommand('panduan.quizResult', { attemptId })
  return (
    <>
      <FailureNotice error={r.error} />
      {r.data ? (
        <ResultSheet result={r.data} onAgain={onBack} againLabel={t.common.back} />
      ) : (
        r.loading && <p className="muted">{t.common.loading}</p>
      )}
    </>
  )
}

/** The result sheet: printable, with every question, the answer given, the right one and why. */
export function ResultSheet({
  result,
  onAgain,
  againLabel
}: {
  result: QuizResult
  onAgain: () => void
  againLabel?: string
}) {
  const { profile } = useBook()
  const s = result.score
  return (
    <article className="card quiz-result quiz-print" data-testid="quiz-result">
      <header className="quiz-result__head">
        <p className="quiz-result__coop">{profile.name}</p>
        <h2 className="quiz-result__title">{Q().resultTitle}</h2>
        <p>
          <strong>{result.person.name}</strong>
          {result.person.memberNo ? ` (${result.person.memberNo})` : ''} · {Q().roles[result.role]} ·{' '}
          {Q().takenOn(formatDateLong(result.takenOn))}
        </p>
        <p className={`quiz-result__score ${s.passed ? 'is-passed' : 'is-failed'}`} data-testid="quiz-score">
          {Q().score(s.correct, s.total, s.percent)} — <strong>{s.passed ? Q().passed : Q().failed}</strong>
        </p>
        <p className="muted">{Q().passRule(result.passPercent)}</p>
      </header>
      <ScrollRegion>
        <table className="table quiz-topics" aria-label={Q().byTopic}>
          <thead>
            <tr>
              <th>{Q().byTopic}</th>
              <th className="num">{Q().colScore}</th>
            </tr>
          </thead>
          <tbody>
            {s.byTopic.map((b) => (
              <tr key={b.topic}>
                <td>{QUIZ_TOPIC_LABELS[b.topic]}</td>
                <td className="num">
                  {b.correct} / {b.total}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ol className="quiz-review">
        {result.questions.map((q) => (
          <li key={q.no} className={`quiz-review__item ${q.correct ? 'is-correct' : 'is-wrong'}`}>
            <p className="quiz-review__q">
              <span className="quiz-review__mark" aria-hidden="true">
                {q.correct ? '✓' : '✗'}
              </span>{' '}
              {q.question}
            </p>
            <p>
              {Q().yourAnswer}: {q.chosen === null ? Q().noAnswer : `${LETTERS[q.chosen]}. ${q.options[q.chosen]}`}
              {!q.correct && (
                <>
                  <br />
                  {Q().rightAnswer}:{' '}
                  <strong>
                    {LETTERS[q.answer]}. {q.options[q.answer]}
                  </strong>
                </>
              )}
            </p>
            <p className="quiz-review__why">
              {Q().explanation}: {q.explanation} <span className="muted">{Q().basis(q.basis)}</span>
              {q.terms.slice(0, 2).map((id) => (
                <TermHelp key={id} term={id} />
              ))}
            </p>
          </li>
        ))}
      </ol>
      <div className="quiz-result__sign print-only">
        <p>{Q().signature}</p>
        <p className="quiz-result__line">( {result.person.name} )</p>
      </div>
      <div className="form-actions no-print">
        <button type="button" className="btn btn--primary" onClick={() => window.print()}>
          {Q().print}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onAgain}>
          {againLabel ?? Q().again}
        </button>
      </div>
    </article>
  )
}

function History({ onOpen }: { onOpen: (id: number) => void }) {
  const [year, setYear] = useState(today().slice(0, 4))
  const y = Number(year)
  const valid = /^\d{4}$/.test(year)
  const rows = useCommand('panduan.quizResults', valid ? { year: y } : null)
  const summary = useCommand('panduan.quizSummary', valid ? { year: y } : null)
  return (
    <section className="card quiz-history" aria-label={Q().historyTitle}>
      <div className="card__head">
        <h2 className="card__title">{Q().historyTitle}</h2>
        <TextField
          label={Q().year}
          value={year}
          onChange={setYear}
          inputMode="numeric"
          maxLength={4}
          className="quiz-history__year"
        />
      </div>
      {summary.data && (
        <ul className="quiz-summary" data-testid="quiz-summary">
          {QUIZ_ROLES.map((r) => (
            <li key={r}>
              {Q().summary(Q().roles[r]!, summary.data!.byRole[r].took, summary.data!.byRole[r].passed)}
              {r !== 'ANGGOTA' && ` ${Q().serving(summary.data!.serving[r])}`}
            </li>
          ))}
        </ul>
      )}
      <FailureNotice error={rows.error ?? summary.error} />
      <DataTable
        rows={rows.data ?? []}
        loading={rows.loading}
        rowKey={(r) => r.attemptId}
        empty={Q().noHistory}
        columns={[
          {
            key: 'date',
            header: Q().colDate,
            render: (r) => formatDateLong(r.takenOn ?? r.startedAt.slice(0, 10)),
            nowrap: true
          },
          {
            key: 'name',
            header: Q().colName,
            render: (r) => `${r.person.name}${r.person.memberNo ? ` (${r.person.memberNo})` : ''}`
          },
          { key: 'role', header: Q().colRole, render: (r) => Q().roles[r.role] },
          {
            key: 'score',
            header: Q().colScore,
            render: (r) => (r.submitted ? `${r.correct}/${r.total} (${formatPercent(r.percent!)})` : Q().notSubmitted),
            nowrap: true
          },
          {
            key: 'status',
            header: Q().colStatus,
            render: (r) =>
              r.passed === null ? (
                '—'
              ) : (
                <span className={`badge ${r.passed ? 'badge--ok' : 'badge--warning'}`}>
                  {r.passed ? Q().passed : Q().failed}
                </span>
              )
          },
          {
            key: 'open',
            header: '',
            render: (r) =>
              r.submitted ? (
                <button type="button" className="btn btn--link btn--sm" onClick={() => onOpen(r.attemptId)}>
                  {Q().open}
                </button>
              ) : null
          }
        ]}
      />
    </section>
  )
}
