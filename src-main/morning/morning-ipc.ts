import type { IpcHandlers } from '../ipc/dispatcher';
import type { MorningService } from './morning-service-types';

/** The morning offer's channels: what the prompt window shows, and its three buttons. */
export function morningHandlers(
  morning: MorningService,
): Pick<IpcHandlers, 'getMorningOffer' | 'answerMorning'> {
  return {
    getMorningOffer: () => morning.offer(),
    answerMorning: ({ answer }) => {
      morning.answer(answer);
      return null;
    },
  };
}
