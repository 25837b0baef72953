import { useSyncExternalStore } from 'react'
import { reader, readerProblems } from '../lib/reader.ts'
import type { ReaderState } from '../shared/reader-state.ts'

/** A part of the reader's state; the component renders again when it changes. */
export function useReader<T>(select: (state: ReaderState) => T): T {
  return useSyncExternalStore(reader.subscribe, () => select(reader.get()))
}

/** The storage problems the reader has not dismissed yet. */
export const useReaderProblems = () =>
  useSyncExternalStore(readerProblems.subscribe, readerProblems.get)
