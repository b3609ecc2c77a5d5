/** What other parts (the RAT book, statements) use of the RAT and organisation registers. */
export { ratMeeting, quorumOf, rapbRealisation, getRat, attendanceList } from './meetings'
export { memberStatistics, membersOn } from './statistics'
export { signatories, listOfficers } from './organisation'
